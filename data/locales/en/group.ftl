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
