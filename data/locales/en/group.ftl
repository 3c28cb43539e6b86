# Setting a group up and changing its rhythm.

setup-example = For example: /setup Europe/London sunday 19:00 Tuesday Parents
setup-needs = Setting up needs a time zone, a day and a time.
setup-example-time = For example: /setup { $zone } { $day } 7pm
setup-name-long = That group name is a little long: please keep it under 100 characters.
setup-zone-unknown = I don't know the time zone { $typed }. Time zones look like Europe/London, America/New_York or Australia/Sydney (the list is at https://en.wikipedia.org/wiki/List_of_tz_database_time_zones).
setup-day-unknown = { $typed } isn't a day I recognise. Try a day like sunday or tue.
setup-time-unknown = { $typed } isn't a time I recognise. Try 19:00, 7pm or 7:30 pm.
setup-what-time = What time on { $day ->
        [1] Monday
        [2] Tuesday
        [3] Wednesday
        [4] Thursday
        [5] Friday
        [6] Saturday
       *[7] Sunday
    }{ $part ->
        [morning] {" "}morning
        [afternoon] {" "}afternoon
        [evening] {" "}evening
        [night] {" "}night
       *[none] {""}
    }?
setup-welcome = Welcome, { $group }! This group is set up.
setup-updated = Updated: { $group }.
setup-rhythm = Weekly check-in: { $day ->
        [1] Monday
        [2] Tuesday
        [3] Wednesday
        [4] Thursday
        [5] Friday
        [6] Saturday
       *[7] Sunday
    } at { $time } ({ $zone }). The next one is { $next }.
setup-helplines = Helplines for /support: { $region }. A facilitator can change this with /settings region.
setup-next-steps = Everyone can now send /join to read the group agreement and join. Facilitators: /agreement set changes the agreement, /settings shows the rest.

rhythm-every = { $day ->
    [1] Mondays
    [2] Tuesdays
    [3] Wednesdays
    [4] Thursdays
    [5] Fridays
    [6] Saturdays
   *[7] Sundays
} at { $time }
rhythm-zone = ({ $zone } time)
rhythm-moved = The weekly check-in has moved: from now on it comes on { $now }{ $zone }, instead of { $before }.
rhythm-paused = The weekly prompts are paused, so none goes out until /prompt resume; then they come on { $every }.
rhythm-already-out = This week's check-in has already gone out, so nothing changes this week. The first one at the new time is on { $next }.
rhythm-already-skipped = This week's check-in was already skipped, so the first one at the new time is on { $next }.
rhythm-this-week = This week's check-in comes at the new time, on { $at }.
rhythm-earlier-today = The new time was earlier today, so this week's check-in will go out within a minute or two.
rhythm-passed = The new day and time have already passed this week, so there won't be a check-in prompt until { $next }. If you'd like one this week, tap below or send /prompt now.
