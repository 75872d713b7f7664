/**
 * Stands in for src/adapters/office when a build is made without it: the path alias
 * "@dunning-desk/office-adapter" (tsconfig.web.json, webpack.config.js, jest.config.js) tries the
 * real adapter first and falls back to this. The Office host then reports that Excel cannot be
 * reached instead of the build failing.
 */
export const officeAdapterMissing = true;
