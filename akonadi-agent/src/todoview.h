// KOrganizer's to-do view, where the follow-up tasks are worked on: shown through KOrganizer's
// D-Bus interface (org.kde.Korganizer.Calendar on org.kde.korganizer, as Kontact's to-do plugin
// does), starting KOrganizer first when it is not running.
#pragma once

namespace TodoView
{
// Whether KOrganizer is installed or running (Kontact with its KOrganizer part registers the same
// service).
bool available();
void show();
} // namespace TodoView
