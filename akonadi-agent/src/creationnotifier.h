// One desktop notification per batch summing up the tasks created (never one per task).
#pragma once

#include "jobs/reconcilejob.h"

#include <QString>

namespace CreationNotifier
{
// "Created 7 follow-up tasks for Interview: Acme – Engineer: debrief, 3 thank-you, …." (a series
// named once for all its occurrences)
QString text(const ReconcileJob::Summary& summary);
void notify(const ReconcileJob::Summary& summary);
} // namespace CreationNotifier
