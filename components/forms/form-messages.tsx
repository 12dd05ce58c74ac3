"use client";

import { StatusIcon } from "@/components/report/status-icon";

/** The form's own error (an alert) and its success note (a status), as icon and text. */
export function FormMessages({ error, success }: { error: string | null; success?: string | null }) {
  return (
    <>
      <div role="alert" aria-live="assertive">
        {error && (
          <p className="flex items-start gap-2 rounded-8 border-2 border-red-1000 p-3 text-red-1000">
            <StatusIcon shape="warning" />
            <span>{error}</span>
          </p>
        )}
      </div>
      <div role="status" aria-live="polite">
        {success && (
          <p className="flex items-start gap-2 rounded-8 border-2 border-green-900 p-3 text-green-900">
            <StatusIcon shape="check" />
            <span>{success}</span>
          </p>
        )}
      </div>
    </>
  );
}

const TONES = {
  primary: "bg-blue-900 text-white hover:bg-blue-1000",
  // Destructive: an outline in the error colour, so it is not the obvious default.
  danger: "border-2 border-red-1000 bg-white text-red-1000 hover:bg-red-50",
};

export function SubmitButton({
  pending,
  label,
  pendingLabel,
  tone = "primary",
  onClick,
}: {
  pending: boolean;
  label: string;
  pendingLabel: string;
  tone?: keyof typeof TONES;
  /** Runs before the form is sent: one of several buttons says which it was. */
  onClick?: () => void;
}) {
  return (
    <button
      type="submit"
      onClick={onClick}
      disabled={pending}
      aria-disabled={pending}
      className={`min-h-11 rounded-8 px-6 text-std-16B-170 disabled:border-solid-gray-420 disabled:bg-solid-gray-420 disabled:text-white ${TONES[tone]}`}
    >
      {pending ? pendingLabel : label}
    </button>
  );
}
