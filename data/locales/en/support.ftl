# /support and the word on where help is. The helplines' names, numbers and hours are as each
# service gives them; regions are named here.

support-danger = If you or someone else is in danger right now, call { $number }.
support-danger-local-note = If you or someone else is in danger right now, call your local emergency number: { $note }.
support-danger-local = If you or someone else is in danger right now, call your local emergency number.
support-call = call { $phone }
support-open = open { $hours }
support-people-in = People you can talk to in { $region ->
    [GB] the UK
    [IE] Ireland
    [US] the US
    [CA] Canada
    [AU] Australia
   *[NZ] New Zealand
}, free and confidential:
support-people-anywhere = People you can talk to, free and confidential, wherever you are:
support-not-alone = You are not alone, and reaching out is a strong thing to do. The group is here too.
support-pointer = If things feel too much, call { $number } in an emergency, or send /support for people you can talk to any time.
support-pointer-local = If things feel too much, call your local emergency number in an emergency, or send /support for people you can talk to any time.

## Regions, as /setup and /settings name them

region-name = { $region ->
    [GB] the UK
    [IE] Ireland
    [US] the US
    [CA] Canada
    [AU] Australia
   *[NZ] New Zealand
} ({ $region }{ $nation })
region-international = international (no country set)
nation-name = { $nation ->
    [england] England
    [scotland] Scotland
    [wales] Wales
   *[northern_ireland] Northern Ireland
}
