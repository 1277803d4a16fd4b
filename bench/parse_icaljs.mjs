// The ical.js alternative (Thunderbird's parser): parse the file and walk every VEVENT's summary and
// start. Uses the copy installed for the interop tests (ical.js 2 is an ES module).
import { readFileSync } from "node:fs";

const ICAL = (await import("../tests/interop/node_modules/ical.js/dist/ical.js")).default;
const calendar = new ICAL.Component(ICAL.parse(readFileSync(process.argv[2], "utf8")));
let count = 0;
for (const vevent of calendar.getAllSubcomponents("vevent")) {
    const event = new ICAL.Event(vevent);
    if (event.summary && event.startDate.toJSDate()) count++;
}
console.log(count);
