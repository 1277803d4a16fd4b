// The ical.js alternative (Thunderbird's parser): parse the file and walk every VEVENT's summary and
// start. Uses the copy installed for the interop tests.
const fs = require("fs");
const path = require("path");
const ICAL = require(path.join(__dirname, "..", "tests", "interop", "node_modules", "ical.js"));

const calendar = new ICAL.Component(ICAL.parse(fs.readFileSync(process.argv[2], "utf8")));
let count = 0;
for (const vevent of calendar.getAllSubcomponents("vevent")) {
    const event = new ICAL.Event(vevent);
    if (event.summary && event.startDate.toJSDate()) count++;
}
console.log(count);
