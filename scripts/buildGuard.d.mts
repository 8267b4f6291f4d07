/** Microsoft Graph, the only Graph a hosted build may call. */
export declare const MICROSOFT_GRAPH: string;
/** What a build is asked to be. */
export interface BuildRequest {
  /** The environment, `.env` merged in. */
  env: Readonly<Record<string, string | undefined>>;
  /** `webpack serve`: the dev server. */
  serve: boolean;
  /** `--env testBuild` was given. */
  testBuild: boolean;
  /** Where the files go. */
  outputPath: string;
  /** The repository. */
  root: string;
  /** office.js on Microsoft's CDN. */
  officeJsUrl: string;
}
/** Why this build must not be made, in one line, or undefined when it may. */
export declare function buildRefusal(build: BuildRequest): string | undefined;
