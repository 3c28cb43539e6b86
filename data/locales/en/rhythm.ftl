# English: the reference for the group's rhythm: the gentle check-in when someone goes quiet,
# facilitators' private notes, buddies and pairing, topics and tips. Never the word "absence" in
# what members read; no guilt, no pressure.

## The gentle check-in to someone who has gone quiet, and the word to their buddy

absence-hello = Hi { $name }, a friendly hello from { $group }. We've been thinking of you.
absence-whenever = Whenever you feel like it, a quick check-in lets the group know how you are: just tap a mood below, or send /checkin. There's nothing to catch up on.
absence-break = If you would like a break for a while, /away lets you take one. And /support is here any time you need someone to talk to.
absence-buddy-told = Your buddy { $name } has been quiet in { $group } for a little while. If you feel like it, a friendly message from you might be welcome. No pressure either way.
absence-facilitator = A private note, as you asked: { $name } has been quiet in { $group } for about { $weeks } weeks.
absence-facilitator-told = They've had a friendly check-in message from me. Nothing needs doing: you know them best. (/settings notes off stops these notes.)
absence-facilitator-told-buddy = They've had a friendly check-in message from me, and their buddy knows. Nothing needs doing: you know them best. (/settings notes off stops these notes.)

## Facilitators' weekly note (names only, never moods or notes)

note-title = Your weekly note for { $group }, the week of { $date }:
note-checked-in = • Checked in: { $who }
note-checked-in-count = • Checked in ({ $all } of { $total } members): { $who }
note-privately = { $count ->
    [one] { $count } person privately
   *[other] { $count } people privately
}
note-names-and-privately = { $names }, and { $privately }
note-nobody-checked-in = • Nobody checked in that week.
note-quiet = • Quiet for a while: { $names }. A friendly hello from someone might be welcome.
note-nobody-quiet = • Nobody has gone quiet.
note-names-only = Names only: moods and notes always stay private. To stop these notes: /settings notes off

## When the bot may no longer post in the group's channel (Discord's own permission names)

note-permission-cant-post = I can't post in { $group }'s channel right now: I need the { $permission } permission there.
note-permission-waiting = Nothing is lost. The weekly check-in and other posts are waiting, and go out once a server admin gives me that permission back (the channel's settings, Permissions).
note-permission-view = View Channel
note-permission-send = Send Messages
