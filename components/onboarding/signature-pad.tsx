"use client";

import { useRef, useState, type PointerEvent } from "react";
import { Button } from "@/components/ui/button";

/**
 * An optional drawn signature: a canvas for mouse, pen or finger, kept as a PNG data URL in a hidden field. The
 * typed name is the legal signature, so people who cannot draw (or use a keyboard) lose nothing by skipping it.
 */
export function SignaturePad({ name, error }: { name: string; error?: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const drawing = useRef(false);
  const [dataUrl, setDataUrl] = useState("");

  const point = (event: PointerEvent<HTMLCanvasElement>) => {
    const rect = event.currentTarget.getBoundingClientRect();
    const scale = event.currentTarget.width / rect.width;
    return { x: (event.clientX - rect.left) * scale, y: (event.clientY - rect.top) * scale };
  };
  const start = (event: PointerEvent<HTMLCanvasElement>) => {
    const ctx = canvas.current?.getContext("2d");
    if (!ctx) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    drawing.current = true;
    const { x, y } = point(event);
    ctx.lineWidth = 3;
    ctx.lineCap = "round";
    ctx.strokeStyle = "#0f172a";
    ctx.beginPath();
    ctx.moveTo(x, y);
  };
  const move = (event: PointerEvent<HTMLCanvasElement>) => {
    const ctx = canvas.current?.getContext("2d");
    if (!drawing.current || !ctx) return;
    const { x, y } = point(event);
    ctx.lineTo(x, y);
    ctx.stroke();
  };
  const end = () => {
    if (!drawing.current) return;
    drawing.current = false;
    setDataUrl(canvas.current?.toDataURL("image/png") ?? "");
  };
  const clear = () => {
    const c = canvas.current;
    c?.getContext("2d")?.clearRect(0, 0, c.width, c.height);
    setDataUrl("");
  };

  return (
    <fieldset className="flex flex-col gap-2" aria-describedby={`${name}-hint${error ? ` ${name}-error` : ""}`}>
      <legend className="text-sm font-semibold text-slate-900">Draw your signature (optional)</legend>
      <p id={`${name}-hint`} className="text-sm text-slate-700">
        Your typed name is your signature. If you also draw one here, it appears on the signature page.
      </p>
      <canvas
        ref={canvas}
        width={600}
        height={160}
        role="img"
        aria-label={dataUrl ? "Your drawn signature" : "Empty signature drawing area"}
        className="h-32 w-full max-w-md touch-none rounded-md border border-slate-500 bg-white"
        onPointerDown={start}
        onPointerMove={move}
        onPointerUp={end}
        onPointerLeave={end}
      />
      <input type="hidden" name={name} value={dataUrl} />
      <div>
        <Button type="button" variant="secondary" onClick={clear}>
          Clear drawing
        </Button>
      </div>
      {error ? (
        <p id={`${name}-error`} className="text-sm font-medium text-red-800">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
