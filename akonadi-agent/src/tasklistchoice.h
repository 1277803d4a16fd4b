// Which collection the agent writes its tasks to when the settings name none (TargetCollection =
// -1), decided over what the catch-up read of every collection (issue 14):
//   1. the task list already holding the product's tasks (found by their X-IFU-KIND marker): a
//      re-added agent takes up its tasks there; of several, the one holding most;
//   2. the task list the agent made for the user earlier (an "Interview follow-ups" iCal file);
//   3. KOrganizer's default calendar, when it takes to-dos, is writable and holds no interview;
//   4. else a new task list is to be made.
// A collection holding interviews is never taken by default (2–3): in a fresh Kontact profile
// the personal calendar takes to-dos and holds the interviews. Only writable collections are taken.
#pragma once

#include <QString>
#include <QtGlobal>
#include <vector>

namespace TaskListChoice
{

// A collection that takes to-dos, as the catch-up read it (a read-only one is not read).
struct Candidate {
    qint64 id = -1;
    bool writable = false;
    int productTasks = 0; // to-dos with the product's markers
    int interviews = 0;   // interview events (of the watched calendars)
    bool madeForTheAgent = false;
};

enum class How {
    Adopted,           // it holds the product's tasks
    MadeForTheAgent,   // the task list made earlier
    KOrganizerDefault, // KOrganizer's default calendar
    MakeNew,           // none fits: a new task list is to be made
};

struct Choice {
    How how = How::MakeNew;
    qint64 id = -1;
    int productTasks = 0;
    // Other writable collections that hold product tasks too (adopted: the one holding most).
    std::vector<qint64> alsoHolding;
};

// `korganizerDefault`: KOrganizer's "Default Calendar" (-1: none).
Choice choose(const std::vector<Candidate>& candidates, qint64 korganizerDefault);

// How KOrganizer (CalendarSupport::KCalPrefs) keeps its default calendar: korganizerrc,
// [Calendar] "Default Calendar". Read with KConfig rather than through CalendarSupport, which
// would bring KMime, KIdentityManagement's widgets, PimCommon and Akonadi's calendar widgets into
// a headless agent for one number.
qint64 korganizerDefaultCalendar();

QString describe(How how);

} // namespace TaskListChoice
