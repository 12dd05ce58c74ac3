// Each audience has its own document (components/layout/document.tsx): the public site takes
// its language from the address ([locale]/layout.tsx), staff and sign-in pages from a cookie.
// This top layout only passes through, so that a 404 anywhere is rendered on the server
// inside the frame of the part of the site it belongs to.
export default function PassThroughLayout({ children }: { children: React.ReactNode }) {
  return children;
}
