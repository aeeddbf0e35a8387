// Initiates replica set rs0 over the three compose nodes; idempotent (run by the mongo-init service).
const config = {
  _id: "rs0",
  members: [
    { _id: 0, host: "mongo1:27017", priority: 2 },
    { _id: 1, host: "mongo2:27017", priority: 1 },
    { _id: 2, host: "mongo3:27017", priority: 1 },
  ],
};
try {
  const status = rs.status();
  print(`replica set ${status.set} already initiated (${status.members.length} members)`);
} catch (e) {
  if (e.codeName !== "NotYetInitialized") throw e;
  rs.initiate(config);
  print("replica set rs0 initiated");
}
// Wait for a primary so the workers' first writes succeed.
for (let i = 0; i < 60; i++) {
  if (db.hello().isWritablePrimary || rs.status().members.some(m => m.stateStr === "PRIMARY")) { print("primary elected"); quit(0); }
  sleep(1000);
}
print("no primary after 60 s");
quit(1);
