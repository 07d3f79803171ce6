import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

// A label, the control, an optional hint and the error, wired together with ids and aria attributes so screen
// readers announce the message next to the field it belongs to. The hint goes below the control: in a two-column
// form a hint above would push its input lower than its neighbour's.

type FieldFrameProps = {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  required?: boolean;
  children: ReactNode;
};

export function FieldFrame({ id, label, hint, error, required, children }: FieldFrameProps) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-semibold text-slate-900">
        {label}
        {required ? <span className="text-red-800"> (required)</span> : null}
      </label>
      {children}
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-slate-700">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="text-sm font-medium text-red-800">
          {error}
        </p>
      ) : null}
    </div>
  );
}

export function describedBy(id: string, hint?: ReactNode, error?: string) {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

/** The attributes every labelled control shares: its id, required state, error state and descriptions. */
function controlProps(id: string, hint: ReactNode, error: string | undefined, required: boolean | undefined) {
  return {
    id,
    required,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy(id, hint, error),
    className: controlClass(error),
  } as const;
}

// min-h-11: every control is at least 44 px tall, a thumb's width on a phone.
const controlClass = (error?: string) =>
  `min-h-11 w-full rounded-md border px-3 py-2 text-base text-slate-900 shadow-sm ${error ? "border-red-700" : "border-slate-500"}`;

/** The browser's "Choose file" button inside a file field, drawn like the portal's secondary buttons. */
const fileButtonClass =
  "file:mr-3 file:cursor-pointer file:rounded-md file:border file:border-slate-300 file:bg-slate-50 file:px-3 file:py-1 file:text-sm file:font-semibold file:text-slate-900 hover:file:bg-slate-100";

type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, "id"> & {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string;
};

export function TextField({ id, label, hint, error, required, ...input }: TextFieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} required={required}>
      <input {...controlProps(id, hint, error, required)} {...input} />
    </FieldFrame>
  );
}

type TextAreaFieldProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id"> & {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string;
};

export function TextAreaField({ id, label, hint, error, required, ...textarea }: TextAreaFieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} required={required}>
      <textarea rows={3} {...controlProps(id, hint, error, required)} {...textarea} />
    </FieldFrame>
  );
}

/** A file picker. `accept` only narrows what the browser offers; the server judges the content. */
export function FileField({ id, label, hint, error, required, ...input }: Omit<TextFieldProps, "type">) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} required={required}>
      <input
        type="file"
        {...controlProps(id, hint, error, required)}
        className={`${controlClass(error)} ${fileButtonClass}`}
        {...input}
      />
    </FieldFrame>
  );
}

/** A PDF file picker: what the pdfFile rule in lib/forms/fields.ts checks. */
export function PdfFileField(props: Omit<TextFieldProps, "type" | "accept">) {
  return <FileField accept="application/pdf,.pdf" {...props} />;
}

type SelectFieldProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, "id"> & {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  options: ReadonlyArray<{ value: string; label: string }>;
};

export function SelectField({ id, label, hint, error, required, options, ...select }: SelectFieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} required={required}>
      <select {...controlProps(id, hint, error, required)} {...select}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

// A checkbox or radio button is a whole row: the label holds the box and its text and is at least 44 px tall, so a
// thumb anywhere on the row ticks it.
const CHOICE_ROW = "flex min-h-11 cursor-pointer items-start gap-3 py-3 text-sm text-slate-900";
const CHOICE_INPUT = "mt-px h-5 w-5 shrink-0 border-slate-500";

/** The id of one option of a choice group: where a link to the question (an error summary's) can point. */
export const choiceId = (name: string, value: string) => `${name}-${value}`;

type CheckboxFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "type"> & {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
};

export function CheckboxField({ id, label, hint, error, ...input }: CheckboxFieldProps) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className={CHOICE_ROW}>
        <input
          id={id}
          type="checkbox"
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, hint, error)}
          className={`${CHOICE_INPUT} rounded`}
          {...input}
        />
        <span>{label}</span>
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-slate-700">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="text-sm font-medium text-red-800">
          {error}
        </p>
      ) : null}
    </div>
  );
}

type ChoiceGroupFieldProps = {
  type: "radio" | "checkbox";
  name: string;
  legend: string;
  options: ReadonlyArray<{ value: string; label: string; help?: string }>;
  error?: string;
  required?: boolean;
  /** Props for each input (react-hook-form's register(name), or name/defaultChecked for plain forms). */
  inputProps: (value: string) => InputHTMLAttributes<HTMLInputElement>;
};

/** Radio buttons or checkboxes as a fieldset with a legend, so the question is announced with every option. */
export function ChoiceGroupField({ type, name, legend, options, error, required, inputProps }: ChoiceGroupFieldProps) {
  const errorId = `${name}-error`;
  return (
    <fieldset className="flex flex-col gap-2" aria-describedby={error ? errorId : undefined}>
      <legend className="text-sm font-semibold text-slate-900">
        {legend}
        {required ? <span className="text-red-800"> (required)</span> : null}
      </legend>
      {options.map((o) => {
        const id = choiceId(name, o.value);
        return (
          <label key={o.value} htmlFor={id} className={CHOICE_ROW}>
            <input id={id} type={type} value={o.value} className={CHOICE_INPUT} {...inputProps(o.value)} />
            <span>
              {o.label}
              {o.help ? <span className="block text-slate-700">{o.help}</span> : null}
            </span>
          </label>
        );
      })}
      {error ? (
        <p id={errorId} className="text-sm font-medium text-red-800">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
