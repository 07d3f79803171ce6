/** How long an emailed sign-in link works. */
export const SIGN_IN_LINK_HOURS = 24;
