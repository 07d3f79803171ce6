import type { ReactNode } from "react";
import { renderToString } from "react-dom/server";

/**
 * The HTML of what a page returned (after its loaders ran), for asserting on what a user would see. React's
 * `<!-- -->` markers between adjacent text pieces are removed so sentences can be matched whole.
 */
export function html(node: ReactNode): string {
  return renderToString(node).replaceAll("<!-- -->", "");
}
