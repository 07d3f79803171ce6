// Runs before the seed imports anything else (ES modules evaluate in import order), so the refusal below is what
// people see, not an error from a module that validates the environment as it loads.

if (process.env.NODE_ENV === "production") {
  console.error("Refusing to seed: NODE_ENV is production. The seed creates demo accounts.");
  process.exit(1);
}
if (!process.env.DATABASE_URL) {
  console.error("DATABASE_URL is not set.");
  process.exit(1);
}
