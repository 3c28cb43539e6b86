# The gentle check-in to someone who has gone quiet, the word to their buddy, and the note to
# facilitators who asked for one. Warm, no guilt, nothing to catch up on.

absence-nudge = Hi { $name }, a friendly hello from { $group }. We've been thinking of you.
    Whenever you feel like it, a quick check-in lets the group know how you are: just tap a mood below, or send /checkin. There's nothing to catch up on.
    If you would like a break for a while, /away lets you take one. And /support is here any time you need someone to talk to.
absence-buddy-told = Your buddy { $name } has been quiet in { $group } for a little while. If you feel like it, a friendly message from you might be welcome. No pressure either way.
absence-facilitator-note = A private note, as you asked: { $name } has been quiet in { $group } for about { $weeks } weeks.
    They've had a friendly check-in message from me. Nothing needs doing: you know them best. (/settings notes off stops these notes.)
absence-facilitator-note-buddy = A private note, as you asked: { $name } has been quiet in { $group } for about { $weeks } weeks.
    They've had a friendly check-in message from me, and their buddy knows. Nothing needs doing: you know them best. (/settings notes off stops these notes.)
