// Test helper: opens the embedded database in DATA_DIR, says "ready", and holds it until
// its stdin closes — a stand-in for a running server in the lock tests.
import { openDatabase, resolveTarget } from "../connection";
import { startupMessage } from "../errors";

openDatabase(resolveTarget())
  .then((handle) => {
    console.log("ready");
    process.stdin.resume();
    process.stdin.on("end", () => void handle.close().then(() => process.exit(0)));
  })
  .catch((e) => {
    console.error(startupMessage(e));
    process.exit(1);
  });
