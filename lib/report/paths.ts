// Public URLs of the report, in one place so that links and routes agree.
export const areaHref = (areaNumber: number) => `/areas/${areaNumber}`;
export const projectHref = (p: { areaNumber: number; number: number }) => `/areas/${p.areaNumber}/${p.number}`;
