/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite loads its .wasm/.data next to its own files; oidc-provider and pg are plain Node packages.
  serverExternalPackages: ['@electric-sql/pglite', 'oidc-provider', 'pg'],
  devIndicators: false,
  poweredByHeader: false,
};
export default nextConfig;
