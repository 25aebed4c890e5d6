export async function register() {
  // Only the Node.js server touches the database; never the edge runtime or the build.
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { startServer } = await import("./server/startup");
    await startServer();
  }
}
