// Reconciling the desired task set with the existing one without undoing the user's work (SPEC §4).
// Pure functions; safe on any thread.
#pragma once

#include "followups/interview.h"
#include "followups/task.h"

#include <optional>
#include <set>
#include <string>
#include <vector>

namespace followups
{

// A task as found in the user's store (a .ics exported before, or Akonadi).
struct ExistingTask {
    Task task; // as read back, user's edits included
    // The contentHash the product recorded when it last wrote the task; nullopt for tasks the
    // product did not write (those are never touched).
    std::optional<std::string> recordedHash;
    // UIDs of every task the product had issued for the same interview when it wrote this one; a
    // UID listed there and absent from the store was deleted by the user.
    std::vector<std::string> issuedSiblings;
    // The task's original text (e.g. the VTODO as read), for stores that re-emit a task the user
    // changed exactly as they left it. May be empty.
    std::string originalText;
};

enum class ReconcileAction {
    Create,         // desired, never issued before
    Update,         // ours, untouched by the user, content changed: sequence + 1
    Cancel,         // ours, untouched, open, no longer desired: STATUS CANCELLED, sequence + 1
    Reinstate,      // ours, cancelled by us, desired again: back to NEEDS-ACTION, sequence + 1
    Keep,           // ours and untouched, nothing changed; or outside the window
    KeepUserChange, // the user completed or edited it: left exactly as it is
    SilenceAlarm,   // the user completed or cancelled it and its alarm is on: left as it is but
                    // for the alarm, which is switched off (carriesAlarm); its mark is kept
    KeepDeleted,    // the user deleted it: not recreated
    Foreign,        // not written by the product: left alone
};
std::string_view actionName(ReconcileAction action);
// Whether a step of this action changes the store: Create, Update, Cancel, Reinstate and
// SilenceAlarm do.
bool changesStore(ReconcileAction action);

struct ReconcileStep {
    ReconcileAction action;
    Task task; // the task as it should be stored after this step (the existing one for
               // Keep*/Foreign; nothing to store for KeepDeleted), the user's categories kept
    const ExistingTask* existing = nullptr; // the store's copy, when there is one
    // Set by planAndReconcile on a Keep of a task of ours in the window whose X-IFU-ISSUED lacks
    // UIDs issued for its interview since it was stored: a store whose tasks are its memory (a
    // --tasks file) stores it again, so that it remembers them should the user delete them.
    bool issuedOutdated = false;
};

struct ReconcileScope {
    std::set<InterviewKey> outsideWindow; // their tasks are Keep, whatever the plan says
    // The moment of writing (the CLI's now, the agent's clock): what is created, updated or
    // reinstated is written as asWrittenAt says, and a stored task in a form time alone gave it
    // is kept. nullopt: tasks are written as planned.
    std::optional<Instant> writtenAt{};
    // UIDs the store remembers issuing besides those its tasks list (StoreMemory): missing from
    // the store, they too were deleted by the user.
    std::set<std::string> remembered{};
    // UIDs the tasks list as issued whose creation the store refused: not deletions.
    std::set<std::string> failedCreations{};
    // False when part of the input could not be read (a calendar out of reach): interviews may
    // only look gone, so nothing is cancelled (the steps say Keep).
    bool mayCancel = true;
};

// A planned task as the product writes it at `now` (SPEC §3): without its alarm once that instant
// has come (apps fire every past alarm at once on import), and, for a thank-you past its hard
// limit (Task::lateFrom), saying it is late and still worth a short note. A stored task is never
// rewritten to this just because time passed: reconcile keeps any form the same plan had at an
// earlier moment.
Task asWrittenAt(Task planned, Instant now);

// UIDs the product issued earlier (union of issuedSiblings and of the existing tasks' own UIDs).
std::set<std::string> issuedUids(const std::vector<ExistingTask>& existing);

// One step per desired task and per existing task, ordered like the desired set with the existing
// tasks that are not desired after it, by UID. Deterministic.
// Categories are the product's where it plans them; the others on a stored task are the user's:
// they neither make the task look edited nor call for an update, and every task a step stores
// keeps them.
std::vector<ReconcileStep> reconcile(const std::vector<Task>& desired,
                                     const std::vector<ExistingTask>& existing,
                                     const ReconcileScope& scope);

} // namespace followups
