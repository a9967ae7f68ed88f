// Stylesheets are imported for their side effect; the apps' bundler (Vite) puts them in the page.
declare module "*.css";
