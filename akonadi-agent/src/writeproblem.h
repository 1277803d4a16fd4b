// The task collection can't take the agent's writes (gone, read-only, or the store refuses them):
// the user hears of it once per outage, not once per pass or retry. An outage ends when writes go
// through again.
#pragma once

#include <QString>

class WriteProblem
{
public:
    // Returns whether this report started an outage (and so sent the notification).
    bool report(const QString& reason);
    void resolved() { outage_ = false; }
    bool ongoing() const { return outage_; }

    static QString text(const QString& reason);

private:
    bool outage_ = false;
};
