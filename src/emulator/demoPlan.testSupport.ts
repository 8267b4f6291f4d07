/** Demo plans for tests: the same as `npm start` books (`demoPlan.ts`). */
export { demoPlan, type DemoPlanOptions, demoWorkplaces } from './demoPlan';
