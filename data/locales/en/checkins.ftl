# English: the reference catalogue. Every message here must exist in every other catalogue, with
# the same variables. Messages use the bot's small markup (**bold**, _italic_); the code escapes
# whatever people typed before it goes into a variable. Tone: warm, plain, brief, never guilt.

## Moods, as the buttons and replies name them

mood-1 = struggling
mood-2 = low
mood-3 = okay
mood-4 = good
mood-5 = great

## The weekly check-in prompt and its tally

prompt-title = { $group }: weekly check-in
prompt-question = { $n ->
    [0] How has your week been?
    [1] How are you doing this week?
    [2] How has this week treated you?
   *[3] How are things with you this week?
}
prompt-how = Tap the one that fits best. To add a few words, send /checkin to me privately: notes stay private unless you choose to share them.
tally-nobody = Nobody has checked in yet. Tap a mood whenever you are ready.
tally-count = { $count ->
    [one] { $count } person has checked in so far.
   *[other] { $count } people have checked in so far.
}
tally-names = { $count ->
    [one] { $count } person has checked in so far: { $names }.
   *[other] { $count } people have checked in so far: { $names }.
}
tally-names-more = { $count ->
    [one] { $count } person has checked in so far: { $names } and { $others } more.
   *[other] { $count } people have checked in so far: { $names } and { $others } more.
}

## Checking in

checkin-ask = How are you this week? Tap the one that fits best.
checkin-unknown = I couldn't tell a mood from { $typed }. Moods go { $scale }. Tap one, or send it like /checkin 4 rough week but ok
checkin-moods = Moods go { $scale }.
checkin-old-button = Sorry, that button doesn't work any more. Send /checkin to check in.
checkin-note-gone = I couldn't find that check-in any more. Send /checkin to check in again.
checkin-note-added = Thank you. I added your words to your check-in: they are private, only you can see them, and nobody reads them.
checkin-updated = Updated your check-in for this week.
checkin-welcome-back = It's good to see you. Thank you for checking in.
checkin-thanks = Thank you for checking in.
checkin-note-shared = Your note is shared with the group.
checkin-note-private = Your note is private: only you can see it, and nobody reads it.
checkin-add-words = Would you like to add a few words? Only you will see them.
checkin-few-words = A few words
checkin-typed-in-group = Just so you know: anything typed in the group chat can be read by the group, so notes typed there count as shared. For a private note, send /checkin to me in a private chat.
checkin-shared = { $name } shared: { $note }
checkin-hard-week = I'm sorry this week is so hard. You don't have to carry it alone.
checkin-list-again = Send /support any time to see this list again.
checkin-hard-week-short = I'm sorry this week is so hard.

## Languages

language-now = I speak { $language } with you.
language-why-chosen = You chose it with /language.
language-why-app = It is your app's language.
language-why-group = It is your group's language.
language-why-default = It is the language I use when I know no other.
language-pick = Tap one to change it, or send /language auto to follow your app's language.
language-set = From now on I'll speak { $language } with you.
language-auto = I'll follow your app's language where I have it, else your group's. For now that is { $language }.
language-unknown = I speak English (en), Cymraeg (cy) and Polski (pl) so far. Send /language cy, for example, or /language auto.
language-auto-label = Follow my app
settings-language-set = The group's language is now { $language }: the weekly check-in and what I say to the group follow it. Each member can choose their own with /language.
settings-language-unknown = I speak English (en), Cymraeg (cy) and Polski (pl) so far: /settings language cy, for example. More languages are welcome: the README says how to add one.
checkin-mood-range = Moods go from 1 to 5: { $scale }. For example: /checkin 4 busy week but okay
checkin-note-long = Notes can be up to { $max } characters; yours is { $length }. Could you shorten it a little?
checkin-note-empty = Write a few words, or just leave it: your check-in is already saved.
export-here = Here are the group's settings and totals. There are no names, notes or anyone's moods in it; figures from fewer than 3 people are left out.
forms-fix-these = A few things to fix:
erasure-buddy-left-other = Just so you know: one of your buddies in { $group } has left the group. Your other buddy is still with you this round, and new buddies come with the next one.
erasure-buddy-left = Just so you know: your buddy in { $group } has left the group, so you're without a buddy for the rest of this round. A new buddy comes with the next round; nothing you need to do.
erasure-meetup-called-off = A meetup you answered in { $group }, on { $at }, has been called off. Sorry! /meetups shows what else is coming up.
erasure-meetup-post-off = 📅 The meetup on { $at } has been called off. /meetups shows what else is coming up.
erasure-meetup-post-past = 📅 A meetup on { $at }.
