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

## Buddies (/buddy)

buddy-told = Just so you know: if you go quiet for a while, your buddy is told, so a person can reach out.
pair-every = { $weeks ->
    [1] every week
   *[other] every { $weeks } weeks
}
pair-and = { $first } and { $second }
buddy-new = No problem: you'll have someone new at the next round. Nobody is told why.
buddy-avoid-done = Done: you won't be paired with { $name }. This stays between us; nobody is ever told. /buddy avoid shows your list.
buddy-avoid-already = That was already set: you won't be paired with { $name }. This stays between us; nobody is ever told. /buddy avoid shows your list.
buddy-unknown = I don't know "/buddy { $action }". You can use { $usage }.
buddy-unavoided = Removed from your list. You may be paired with them again.
buddy-unavoided-already = That was already off your list.
buddy-old-button = Sorry, that button doesn't work any more. Send /buddy to carry on.
buddy-off-now = Buddies are off for you. Buddies are paired { $every }, for a chat between two (sometimes three) people.
buddy-on-label = Pair me with a buddy
buddy-now = Your buddy right now: { $names }.
buddy-next-round = You're in for the next round: buddies are paired { $every }.
buddy-want-new = You asked for someone new, so you'll have a different buddy next round.
buddy-show-how = /buddy new asks for someone new, /buddy off pauses buddies.
buddy-on = You're in: you'll get a buddy at the next round ({ $every }), with a private introduction.
buddy-on-already = You're already in: you'll get a buddy at the next round ({ $every }), with a private introduction.
buddy-on-stop = /buddy off stops it any time.
buddy-off = Buddies are off for you. Nobody is told. /buddy on whenever you'd like one again.
buddy-off-already = Buddies were already off for you. Nobody is told. /buddy on whenever you'd like one again.
buddy-avoid-empty = Your avoid list is empty. To never be paired with someone, send /buddy avoid <name>, like /buddy avoid Sam. Nobody is ever told.
buddy-avoid-list = You won't be paired with: { $names }. Nobody is ever told. Tap a name to take it off the list.
buddy-avoid-remove = Remove { $name }
buddy-avoid-who = Tell me who, like: /buddy avoid Sam. It stays between us: nobody is ever told.
buddy-avoid-self = That's you! You'll never be paired with yourself.
buddy-avoid-not-joined = { $name } hasn't joined this group with me, so you won't be paired with them. If they join later, you can ask again.
buddy-avoid-not-found = I couldn't find a member called "{ $name }" in this group. Check the name as it shows in the group chat, like: /buddy avoid Sam

## A pairing round's private introductions

pair-intro-one = Your buddy in { $group } until the next round on { $date } is { $name }.
pair-intro-trio = You're a trio in { $group } until the next round on { $date }: you, { $names }.
pair-they-offer = { $name } can help with { $topics }, which you're looking for.
pair-you-offer = You offered { $topics }, which { $name } is looking for.
pair-starter = A conversation starter, if you like: { $starter }
pair-say-hello = Say hello in the group or message each other directly; a few words is plenty. /buddy off pauses buddies any time.
pair-none = There wasn't a buddy I could pair you with in { $group } this round. I'll try again next round; nothing you need to do.
pair-starter-0 = What's one small thing that helped you this week?
pair-starter-1 = What's something you're looking forward to, however small?
pair-starter-2 = What do you wish more people understood about your situation?
pair-starter-3 = What's a bit of advice you were given that actually worked?
pair-starter-4 = How do you like to spend a quiet hour, when you get one?
pair-starter-5 = What's something that made you smile recently?
pair-starter-6 = Where do you go, or what do you do, to recharge?
pair-starter-7 = What would make next week a little easier?
pair-starter-8 = What's a tip you'd pass on to someone just starting out on this road?
pair-starter-9 = What was the best part of your week?

## Pairing now (/pair now, for facilitators)

pair-how = To pair buddies now, send /pair now: you get a private preview first, and nothing happens until you confirm.
pair-already = Buddies have already been paired for this round. The next round is on { $date } (they are paired { $every }; /settings pairing changes that).
pair-too-few = { $count ->
    [one] There aren't enough people for a round yet: one person has opted in with /buddy on, and it takes two.
   *[other] There aren't enough people for a round yet: { $count } people have opted in with /buddy on, and it takes two.
}
pair-preview = **Preview**: this is who would be paired (nothing is saved or sent yet):
pair-preview-left = Without a buddy this round: { $names }.
pair-preview-confirm = Confirm to pair them now: each person gets a private introduction, and this round's scheduled pairing is then skipped. They stay buddies until the next round, on { $date }.
pair-confirm-label = Confirm: pair them now
pair-cancel-label = Cancel
pair-cancelled = Cancelled: nothing was saved or sent.
pair-old-button = Sorry, that button doesn't work any more. Send /pair now for a fresh preview.
pair-old-preview = That preview was for an earlier period. Send /pair now for a fresh one.
pair-already-sent = Buddies have already been paired for this round; nothing more was sent.
pair-count = { $count ->
    [one] { $count } pair
   *[other] { $count } pairs
}
pair-done = Done: { $pairs }. Each person gets a private introduction within sending hours. The next round is on { $date }.
pair-done-trio = Done: { $pairs } (one of them a trio). Each person gets a private introduction within sending hours. The next round is on { $date }.

## Topics (/topics): what a member can help with, and what they are looking for

topics-usage = /topics offer <topics> (what you can help with), /topics seek <topics> (what you are looking for), e.g. /topics offer benefits, school appeals
topics-nothing-yet = nothing yet
topics-can-help = You can help with: { $topics }
topics-looking-for = You're looking for: { $topics }
topics-pairing-prefers = Buddy pairing prefers pairs where one can help with what the other is looking for. { $usage }
topics-kinds = Topics are either offer or seek. { $usage }
topics-which = Which topics? { $usage }. To clear the list: /topics { $kind } none
topics-none-found = I couldn't find a topic in that. { $usage }
topics-cleared-offer = Cleared: no topics you can help with.
topics-cleared-seek = Cleared: no topics you're looking for.
topics-offer-saved = Thank you! You can help with: { $topics }. Buddy pairing will look for people who are looking for these.
topics-seek-saved = Got it: you're looking for { $topics }. Buddy pairing will look for people who can help. /tips { $first } may have something already.
topics-too-long = Topics are short: up to { $max } characters each, like #benefits or #school-appeals.
topics-too-many = Up to { $max } topics each for offer and seek, please. Pick the ones that matter most.

## Tips (/tip, /tips): the group's shared knowledge

tip-help = Start with a #topic, like: /tip #benefits Ask for the assessment notes in writing
tip-what = What's your tip? { $help }
tip-no-letters = That topic has no letters or numbers in it. { $help }
tip-add-text = Add the tip itself after the topic. { $help }
tip-needs-words = What's your tip? It needs a few words. { $help }
tip-too-long = Tips can be up to { $max } characters; yours is { $length }. Could you shorten it a little, or split it in two?
tip-which = Which tip? Each of your tips shows its number in /tips, like: /tip remove 12
tip-shared = 💡 { $name } shared a tip on { $topic }:
tip-thanks = Thank you for sharing! Saved under { $topic } as tip { $id }; anyone can find it with /tips { $topic }.
tip-remove-label = Remove this tip
tip-old-button = Sorry, that button doesn't work any more. Send /tips to carry on.
tip-not-found = I couldn't find a tip of yours numbered { $id }. /tips shows the numbers of your tips.
tip-removed = Removed tip { $id }.
tips-none = No tips yet.
tips-none-for = No tips yet for "{ $query }".
tips-share-one = Share one with /tip #topic text, like: /tip #benefits Ask for the notes in writing.
tips-topics-so-far = Topics so far: { $topics }.
tips-heading-topic = Tips on { $topic } (page { $page } of { $pages })
tips-heading-query = Tips matching "{ $query }" (page { $page } of { $pages })
tips-heading-latest = The latest tips (page { $page } of { $pages })
tips-your-tip = your tip { $id }
tips-remove-mine = Remove my tip { $id }
tips-newer = Newer tips
tips-older = Older tips
tips-more = There are more: add a word or two to narrow the search.
