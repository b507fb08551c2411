export * from './common';
export * from './person';
export * from './dossier';
export * from './procedure';
export * from './site-profile';
export * from './settings';
