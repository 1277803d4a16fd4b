// readEvents with the zones it builds kept in `zones`, for readers that read many small calendars
// with the same VTIMEZONEs (the streaming reader's batches).
#pragma once

#include "followups/ical/reader.h"
#include "ical_time.h"

namespace followups::ical
{

EventsRead readEvents(std::string_view icsText, std::string_view fileName,
                      const ReadOptions& options, VtimezoneCache& zones);

} // namespace followups::ical
