# English: the group's own business: meetups, setting up, settings, the weekly prompt's controls
# and the facilitator's figures. The reference for cy/group.ftl and pl/group.ftl.

## Meetups: suggesting one

meetup-help = For example: /meetup next Tuesday 7pm | Coffee and chat | The Forum café
meetup-when-missing = When is it?
meetup-unreadable = I couldn't read "{ $typed }" as a date and time. Try something like "next Tuesday 7pm" or "3 Dec 19:00".
meetup-add-time = Add a time, like "{ $day } 7pm".
meetup-no-such-date = That date doesn't seem to exist.
meetup-passed = { $at } has already passed. Pick a time that's still ahead, like "next Tuesday 7pm".
meetup-too-far = That's more than a year away. Pick a date within the next year.
# $day is the day as the person typed it ("tomorrow", "this Friday").
meetup-what-time = What time { $day }?
meetup-what-time-on = What time on { $day }?
meetup-time-example = For example 10am or 7pm.
meetup-needs-all = A meetup needs a time, a title and a place, separated by |.
meetup-title-long = Please keep the title under 100 characters.
meetup-place-long = Please keep the place under 200 characters.
meetup-form-title = Suggest a meetup
meetup-form-when = When (e.g. next Tuesday 7pm)
meetup-form-what = What is it (e.g. Coffee and chat)
meetup-form-where = Where
meetup-plan = Let's plan a meetup. Tell me when, what and where.
meetup-nearly = Nearly there: { $title } at { $place }.
# $meetup is a meetup-line.
meetup-read-back = Here's what I read: { $meetup } ({ $zone } time). Shall I post it to the group?
meetup-confirm = Confirm and post
meetup-cancel = Cancel
meetup-nothing-posted = No problem, nothing was posted.
meetup-not-waiting = That suggestion isn't waiting any more. You can start again with /meetup.
meetup-already-on = That meetup is already on: /meetups shows it.
meetup-passed-waiting = That time has passed while the suggestion was waiting. Please send /meetup again with a new time.
meetup-posted = It's posted, and I've put you down as coming.
meetup-posted-reminders = Those who say yes or maybe get a reminder { $ahead ->
    [day] the day before and an hour before
   *[hour] an hour before
}.

## Meetups: the group's post and the answers

meetup-line = { $title }: { $at } at { $place }
meetup-post = 📅 { $name } suggests a meetup: { $meetup }. Are you coming?
meetup-yes = Yes
meetup-maybe = Maybe
meetup-no = No
meetups-not-on = That meetup isn't on any more. /meetups shows what's coming up.
meetups-not-on-short = That meetup isn't on any more.
meetups-started = That meetup has already started, so there's nothing to answer. /meetups shows what's coming up.
meetups-yes-reply = Lovely: you're coming to { $title } on { $at }.
meetups-remind-you = I'll remind you { $ahead ->
    [day] the day before and an hour before
   *[hour] an hour before
}.
meetups-see-you = See you there!
meetups-maybe-reply = Noted as a maybe for { $title } on { $at }.
meetups-maybe-reminder = I'll send a reminder; no pressure.
meetups-no-pressure = No pressure.
meetups-no-reply = Noted: you can't make { $title }. Maybe next time! You can change your answer in /meetups.
meetups-old-button = Sorry, that button doesn't work any more. Send /meetups to carry on.

## Meetups: the list

meetups-none = No meetups coming up. Suggest one with /meetup, like: /meetup next Tuesday 7pm | Coffee | The Forum café
meetups-coming-up = **Coming up**
meetups-item = { $n }. { $meetup }. Coming: { $yes }, maybe: { $maybe }.
meetups-you-said = You said { $answer ->
    [yes] yes
    [maybe] maybe
   *[no] no
}.
# $meetup on the buttons: the title and the day, "Coffee (Tue 3 Dec)".
meetups-yes-label = Yes: { $meetup }
meetups-maybe-label = Maybe: { $meetup }
meetups-no-label = No: { $meetup }
meetups-call-off-label = Call off: { $meetup }
meetups-tap = Tap to say if you are coming; you can change your answer any time.

## Meetups: calling one off

meetups-only-suggester = Only the person who suggested a meetup, or a facilitator, can call it off.
meetups-call-off-ask = Call off { $title } on { $at }? Everyone who answered is told privately, and the post in the group will say it's off.
meetups-call-off-yes = Yes, call it off
meetups-keep-label = Keep it on
meetups-kept = Good: the meetup is still on, and nobody was told anything.
meetups-called-off = Called off: { $title }. { $told ->
    [0] Nobody else had answered yet
    [one] I'm letting the one person who answered know
   *[other] I'm letting the { $told } people who answered know
}, and the post in the group now says it's off.
meetups-off-by-suggester = { $name }, who suggested it, has called off { $title } on { $at }. Sorry for the change of plans. /meetups shows what else is coming up.
meetups-off-by-facilitator = { $name }, a facilitator, has called off { $title } on { $at }. Sorry for the change of plans. /meetups shows what else is coming up.
meetups-off-post = 📅 **Called off**: { $meetup }. Everyone who answered has been told. /meetups shows what else is coming up.

## Meetups: reminders

meetups-reminder-soon = Starting soon: { $title } at { $place }, { $at }.
meetups-reminder-day = A reminder from { $group }: { $title } is on { $at }, at { $place }.
meetups-reminder-maybe = No pressure: you said maybe, and that is fine.
meetups-reminder-change = If your plans have changed, just tap below.
meetups-coming-label = I'm coming
meetups-cant-label = Can't make it

## Setting up (/setup): said to the facilitator in their words, since a new group has no language yet

setup-help = For example: /setup Europe/London sunday 19:00 Tuesday Parents
# $example is what to type, e.g. "/setup Europe/London sunday 7pm".
setup-for-example = For example: { $example }
setup-zone-hint = I don't know the time zone { $typed }. Time zones look like Europe/London, America/New_York or Australia/Sydney (the list is at https://en.wikipedia.org/wiki/List_of_tz_database_time_zones).
setup-day-problem = { $typed } isn't a day I recognise. Try a day like sunday or tue.
setup-time-problem = { $typed } isn't a time I recognise. Try 19:00, 7pm or 7:30 pm.
# $part: morning, afternoon, evening, night, or none.
setup-what-time-on = { $part ->
    [morning] What time on { $day } morning?
    [afternoon] What time on { $day } afternoon?
    [evening] What time on { $day } evening?
    [night] What time on { $day } night?
   *[none] What time on { $day }?
}
setup-needs-all = Setting up needs a time zone, a day and a time.
setup-name-long = That group name is a little long: please keep it under 100 characters.
# A new group's name when none was given.
setup-default-name = Our group
setup-form-title = Set up the group
setup-form-zone = Time zone (e.g. Europe/London)
setup-form-day = Check-in day (e.g. sunday)
setup-form-time = Check-in time (e.g. 19:00 or 7pm)
setup-form-name = Group name (optional)
setup-ask = Let's set this group up. Tell me the time zone, the check-in day and time, and a name if you like.
setup-welcome = Welcome, { $group }! This group is set up.
setup-updated = Updated: { $group }.
setup-weekly = Weekly check-in: { $day } at { $time } ({ $zone }). The next one is { $next }.
setup-helplines = Helplines for /support: { $region }. A facilitator can change this with /settings region.
setup-join-now = Everyone can now send /join to read the group agreement and join. Facilitators: /agreement set changes the agreement, /settings shows the rest.

## A new check-in day, time or zone

# "Sundays at 19:00"
setup-rhythm = { $day }s at { $time }
setup-zone-time = ({ $zone } time)
# $zone is empty, or " (Europe/London time)" with its space.
setup-moved = The weekly check-in has moved: from now on it comes on { $now }{ $zone }, instead of { $before }.
setup-week-paused = The weekly prompts are paused, so none goes out until /prompt resume; then they come on { $rhythm }.
setup-week-gone-out = This week's check-in has already gone out, so nothing changes this week. The first one at the new time is on { $next }.
setup-week-skipped = This week's check-in was already skipped, so the first one at the new time is on { $next }.
setup-week-new-time = This week's check-in comes at the new time, on { $at }.
setup-week-soon = The new time was earlier today, so this week's check-in will go out within a minute or two.
setup-week-passed = The new day and time have already passed this week, so there won't be a check-in prompt until { $next }. If you'd like one this week, tap below or send /prompt now.

## Settings (/settings)

settings-x-title = Settings for { $group }:
settings-x-change-one = Change one with /settings set <key> <value>, for example /settings set time 19:30
settings-x-about-name = the group name
settings-x-about-timezone = the time zone everything runs in
settings-x-about-day = the check-in day
settings-x-about-time = the check-in time
settings-x-about-absence = weeks of quiet before a gentle check-in (1 to 12)
settings-x-about-pairing = how often buddies are paired, in weeks (1 to 8)
settings-x-about-keep = how long check-ins and their notes are kept, then deleted ({ $min } to { $max } months)
settings-x-about-region = where /support points to ({ $countries }, or international; for the UK also a nation: GB scotland)
settings-x-about-tally = what the weekly prompt shows: count (how many have checked in) or names (never anyone who checked in privately)
settings-x-about-audience = who the group is for: adults, young people or everyone (/support lists the lines for them first)
settings-x-about-language = the language the bot speaks to the group (en, cy or pl); each member can choose their own with /language
settings-x-about-role = a Discord role that counts as facilitator (or "none")
# $on: on or off (what to type).
settings-x-notes-row = { $on } (you get a private word when someone has been quiet a long while)
# $paused: paused or running.
settings-x-prompt-row = { $paused ->
    [paused] paused
   *[running] running
} (use /prompt pause or /prompt resume)
settings-x-weeks = { $count ->
    [one] { $count } week
   *[other] { $count } weeks
}
settings-x-every-weeks = { $count ->
    [one] every week
   *[other] every { $count } weeks
}
settings-x-months = { $count ->
    [one] { $count } month
   *[other] { $count } months
}
settings-x-none = none
settings-x-bad-name = A group name needs 1 to 100 characters, like: /settings name Tuesday Parents
settings-x-bad-day = { $typed } isn't a day I recognise. For example: /settings day sunday
settings-x-bad-time = { $typed } isn't a time I recognise. For example: /settings time 19:00
settings-x-bad-absence = The absence setting is a number of weeks from 1 to 12. For example: /settings absence 2
settings-x-bad-pairing = Pairing runs every 1 to 8 weeks. For example: /settings pairing 2
settings-x-bad-keep = Check-ins can be kept for { $min } to { $max } months; after that they and their notes are deleted. For example: /settings keep 12
settings-x-bad-region = Regions I have helplines for: { $countries }, or international for anywhere else. For example: /settings region GB
settings-x-bad-nation = A nation can be set for GB only: england, scotland, wales or northern ireland. For example: /settings region GB wales
settings-x-bad-tally = The tally is count (how many have checked in) or names. For example: /settings tally count
settings-x-bad-audience = Who is the group for: adults, young people or everyone? For example: /settings audience young people
settings-x-bad-role = The facilitator role is a Discord role: pick it in /settings role (or say "none").
settings-x-bad-notes = Notes are on or off. For example: /settings notes on
settings-x-notes-join-first = To get private notes, join the group first with /join, then try again.
settings-x-notes-on = Notes are on: I'll tell you privately when someone has been quiet for a long while.
settings-x-notes-off = Notes are off.
settings-x-unknown-key = I don't have a setting called { $typed }. The settings are: { $keys }.
settings-x-done = Done: { $key } is now { $value }.
settings-x-no-such = I don't have a setting called { $typed }. Send /settings to see them all.
settings-x-what-value = What should { $key } be? For example: /settings { $key } { $example }

## The facilitator's hand on the weekly prompt (/prompt now|skip|pause|resume)

prompt-cmd-usage = You can use /prompt now (post this week's check-in now), /prompt skip (no meeting this week), /prompt pause, or /prompt resume.
prompt-cmd-unknown = I don't know "/prompt { $typed }".
prompt-cmd-on-its-way = Done: this week's check-in prompt is on its way to the group.
# $status: sent or queued.
prompt-cmd-not-twice = This week's check-in prompt has already { $status ->
    [sent] gone out
   *[queued] been queued
}, so I won't post it twice.
prompt-cmd-old-button = Sorry, that button doesn't work any more. Send /prompt now to post this week's check-in.
prompt-cmd-now-label = Post this week's check-in now
prompt-cmd-already-skipped = That week is already skipped: no check-in prompt on { $at }.
prompt-cmd-skip-this-week = No meeting this week: there won't be a check-in prompt on { $at }. Take care, and see you the week after.
prompt-cmd-skip-next-week = No meeting next week: there won't be a check-in prompt on { $at }. See you the week after.
prompt-cmd-skipped-next = This week's prompt had already gone out, so I've skipped next week's instead.
prompt-cmd-decided = That week's prompt has already been decided, so there's nothing to skip. /prompt pause stops the prompts until /prompt resume.
prompt-cmd-already-paused = The weekly prompts are already paused. /prompt resume starts them again.
prompt-cmd-paused = The weekly check-in prompts for { $group } are paused. /prompt resume starts them again.
prompt-cmd-resumed = The weekly check-in prompts are back on.
prompt-cmd-not-paused = The weekly prompts weren't paused.
prompt-cmd-next = The next one is on { $at }.

## How the group is doing (/stats), for a facilitator

stats-title = { $group }: how the group is doing
# $away and $left: a number, or stats-one-or-two.
stats-members = Members: { $active } active, { $away } away.
stats-members-left = Members: { $active } active, { $away } away, and { $left } have left.
stats-one-or-two = 1 or 2
stats-checkins-head = **Check-ins** (each check-in period runs from one weekly prompt to the next; its figures are fixed when it ends)
stats-no-period = No check-in period has ended yet.
# $date: "6 Dec"
stats-week-of = week of { $date }
stats-people = { $count ->
    [0] nobody
    [one] { $count } person
   *[other] { $count } people
}
stats-people-few = 1 or 2 people
# $people is stats-people.
stats-of-members = { $people } of { $members } members then
stats-period-began = This period began { $at }; its figures come when it ends.
stats-moods-head = **Moods** (every { $n } finished check-in periods together)
stats-moods-not-yet = Not yet: the first figures come once { $n } check-in periods have ended.
# $from and $to: stats-week-of.
stats-moods-over = Over the { $n } check-in periods from the { $from } to the { $to }:
stats-moods-hidden = Not shown: only 1 or 2 people checked in.
stats-not-shown = not shown
stats-quiet-head = **Gone quiet** ({ $weeks }+ weeks, not away)
stats-quiet-nobody = Nobody right now.
stats-weeks = { $count ->
    [one] { $count } week
   *[other] { $count } weeks
}
stats-quiet-only = Only facilitators who turned on notes see these names.
stats-quiet-names-hidden = Names are shown only to facilitators who turn on notes: /settings notes on
stats-never-removed = Everyone quiet gets one friendly check-in message from me; nobody is ever removed. /export downloads the totals.
stats-never-exact = A number that could point to one or two people is never shown exactly, so nobody can be picked out.
