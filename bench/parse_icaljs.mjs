// The ical.js alternative (Thunderbird's parser): parse the file and walk every VEVENT's summary and
// start. Uses the copy installed for the interop tests (ical.js 2 is an ES module). Reads the
// properties rather than building ICAL.Event objects: without an explicit exception list each
// ICAL.Event scans the whole calendar for RECURRENCE-IDs, which is quadratic on a big file.
import { readFileSync } from "node:fs";

const ICAL = (await import("../tests/interop/node_modules/ical.js/dist/ical.js")).default;
const calendar = new ICAL.Component(ICAL.parse(readFileSync(process.argv[2], "utf8")));
let count = 0;
for (const vevent of calendar.getAllSubcomponents("vevent")) {
    const start = vevent.getFirstPropertyValue("dtstart");
    if (vevent.getFirstPropertyValue("summary") && start && start.toJSDate()) count++;
}
console.log(count);
