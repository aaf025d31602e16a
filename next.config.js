/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite loads its .wasm/.data next to its own files; oidc-provider and pg are plain Node packages; pkcs11js is a
  // native addon.
  serverExternalPackages: ['@electric-sql/pglite', 'oidc-provider', 'pg', 'pkcs11js'],
  devIndicators: false,
  poweredByHeader: false,
};
export default nextConfig;
