// web-ext ships no type declarations; these cover the two commands our scripts call.
declare module 'web-ext' {
  interface LinterMessage {
    code: string;
    message: string;
    file?: string;
    line?: number;
    column?: number;
  }
  interface LintResult {
    errors: LinterMessage[];
    warnings: LinterMessage[];
    notices: LinterMessage[];
  }
  const webExt: {
    cmd: {
      lint(params: Record<string, unknown>, options: { shouldExitProgram: boolean }): Promise<LintResult>;
      build(params: Record<string, unknown>, options: { shouldExitProgram: boolean }): Promise<{ extensionPath: string }>;
    };
  };
  export default webExt;
}
