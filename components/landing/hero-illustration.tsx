// The hero's picture, drawn for this portal as inline SVG: no file to fetch, no font (it has no text), and it scales
// with the layout. A BMET apprentice checks a patient monitor with a multimeter at the bench, beside an infusion pump
// on its pole; the monitor carries a preventive-maintenance sticker, the everyday mark of HTM work.

const SKIN = "#a86b45";
const SCRUBS = "#0f766e";
const DEVICE = "#e2e8f0";
const SCREEN = "#0f172a";
const METAL = "#94a3b8";

export function HeroIllustration({ className }: { className?: string }) {
  return (
    <svg viewBox="0 0 480 400" role="img" aria-labelledby="hero-art-title" className={className}>
      <title id="hero-art-title">
        An apprentice biomedical equipment technician tests a patient monitor with a multimeter, next to an infusion
        pump.
      </title>
      {/* Backdrop */}
      <circle cx="250" cy="196" r="184" fill="#184c87" />
      <circle cx="250" cy="196" r="140" fill="#1f5fa8" opacity="0.55" />
      {/* IV pole, bag and infusion pump */}
      <rect x="97" y="58" width="6" height="242" rx="3" fill={METAL} />
      <path d="M82 62h36" stroke={METAL} strokeWidth="5" strokeLinecap="round" />
      <path d="M86 70h28v46a14 14 0 0 1-28 0z" fill="#e0f2fe" stroke="#bae6fd" strokeWidth="2" />
      <path d="M86 96h28v20a14 14 0 0 1-28 0z" fill="#7dd3fc" opacity="0.6" />
      <path d="M100 130c0 20 -14 26 -14 44" fill="none" stroke="#e0f2fe" strokeWidth="2.5" />
      <rect x="66" y="168" width="66" height="86" rx="9" fill="#f8fafc" />
      <rect x="74" y="178" width="50" height="24" rx="4" fill={SCREEN} />
      <path d="M79 190h14M98 190h20" stroke="#34d399" strokeWidth="3" strokeLinecap="round" />
      <circle cx="83" cy="218" r="5" fill="#38bdf8" />
      <circle cx="99" cy="218" r="5" fill={METAL} />
      <circle cx="115" cy="218" r="5" fill="#f87171" />
      <rect x="76" y="232" width="46" height="12" rx="4" fill="#cbd5e1" />
      {/* The technician */}
      <path d="M118 300c2-62 18-92 52-96s50 34 52 96z" fill={SCRUBS} />
      <path d="M152 206l18 24 18-24" fill="none" stroke="#115e59" strokeWidth="4" strokeLinejoin="round" />
      <rect x="186" y="236" width="18" height="24" rx="3" fill="#f8fafc" />
      <rect x="190" y="242" width="10" height="3" rx="1" fill={SCRUBS} />
      <rect x="160" y="176" width="20" height="30" rx="8" fill={SKIN} />
      <circle cx="170" cy="150" r="30" fill={SKIN} />
      <path d="M140 150c-2-26 14-40 32-40s32 12 30 36c-10-14-26-20-44-16-8 2-14 10-18 20z" fill="#2b1d14" />
      <circle cx="181" cy="152" r="3" fill="#2b1d14" />
      <path d="M178 166q6 4 12 0" fill="none" stroke="#2b1d14" strokeWidth="2.5" strokeLinecap="round" />
      {/* Patient monitor on the bench */}
      <rect x="214" y="166" width="196" height="134" rx="12" fill={DEVICE} />
      <rect x="228" y="180" width="134" height="100" rx="6" fill={SCREEN} />
      <path
        d="M234 224h20l7-10 7 22 8-38 8 48 7-22h22l6-6 6 6h30"
        fill="none"
        stroke="#34d399"
        strokeWidth="3"
        strokeLinejoin="round"
        strokeLinecap="round"
      />
      <path
        d="M234 262q10-16 20 0t20 0t20 0t20 0t20 0t18 0"
        fill="none"
        stroke="#38bdf8"
        strokeWidth="3"
        strokeLinecap="round"
      />
      <rect x="370" y="184" width="30" height="12" rx="3" fill="#34d399" />
      <rect x="370" y="204" width="30" height="12" rx="3" fill="#38bdf8" />
      <rect x="372" y="240" width="26" height="32" rx="3" fill="#fde68a" />
      <path
        d="M378 256l6 6 10-12"
        fill="none"
        stroke="#166534"
        strokeWidth="3"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
      <rect x="402" y="226" width="8" height="14" rx="2" fill={METAL} />
      {/* Arm, multimeter and its leads to the monitor's test port */}
      <path d="M204 226c12 14 14 36 12 52" fill="none" stroke={SCRUBS} strokeWidth="22" strokeLinecap="round" />
      <path d="M244 268c40 22 110 30 160-30" fill="none" stroke="#dc2626" strokeWidth="3" strokeLinecap="round" />
      <path d="M240 280c50 26 130 26 166-46" fill="none" stroke="#1e293b" strokeWidth="3" strokeLinecap="round" />
      <rect x="214" y="252" width="40" height="56" rx="7" fill="#facc15" />
      <rect x="221" y="259" width="26" height="16" rx="2" fill="#1e293b" />
      <path d="M225 267h18" stroke="#a3e635" strokeWidth="3" strokeLinecap="round" />
      <circle cx="234" cy="292" r="8" fill="#1e293b" />
      <circle cx="215" cy="284" r="11" fill={SKIN} />
      {/* Workbench, with the toolbox on its shelf */}
      <rect x="36" y="298" width="408" height="16" rx="4" fill="#cbd5e1" />
      <rect x="58" y="314" width="12" height="72" fill={METAL} />
      <rect x="410" y="314" width="12" height="72" fill={METAL} />
      <rect x="58" y="360" width="364" height="8" rx="2" fill={METAL} />
      <rect x="300" y="326" width="96" height="34" rx="5" fill="#f87171" />
      <rect x="300" y="336" width="96" height="4" fill="#b91c1c" />
      <rect x="336" y="318" width="24" height="10" rx="3" fill="none" stroke="#b91c1c" strokeWidth="4" />
    </svg>
  );
}
