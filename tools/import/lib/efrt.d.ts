/** The one function the importers use from `efrt` (it ships no types). */
declare module 'efrt' {
  export function unpack(packed: string): Record<string, true>;
}
