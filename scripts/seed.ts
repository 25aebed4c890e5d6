// `npm run db:seed`: adds the demo accounts and club (idempotent).
import { seedDemoData } from "@/server/seed/index";
import { getDbHandle } from "@/server/db";

const handle = await getDbHandle();
const demo = await seedDemoData(handle.db);
console.log(`Demo data ready. Password for every demo account: ${demo.password}`);
for (const a of demo.accounts) console.log(`  ${a.role.padEnd(6)} ${a.email}`);
await handle.close();
