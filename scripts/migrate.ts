// `npm run db:migrate`: applies committed migrations to DATABASE_URL, or to the embedded database.
import { getDbHandle } from "@/server/db";

const handle = await getDbHandle();
console.log(`Migrations applied (${handle.kind}).`);
await handle.close();
