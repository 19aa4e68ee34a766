/** Where the CLI writes: standard output and standard error, or a test's lists. */
export interface Output {
  out: (text: string) => void;
  err: (text: string) => void;
}
