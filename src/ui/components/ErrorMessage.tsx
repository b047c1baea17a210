// A form-level message (e.g. saving failed) that screen readers announce.
export function ErrorMessage({ message }: { message?: string | null }) {
  if (!message) return null;
  return (
    <p className="form-error" role="alert">
      {message}
    </p>
  );
}
