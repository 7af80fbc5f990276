"""What happens in the few turns after a crisis answer, shared by the policy and the actions.

The policy (safety/crisis_policy.py) keeps the way to help in view for replies to the crisis
answer; a practical question in those turns ("en dat zorgverlof?", "kan zij dan vrij krijgen om
bij hem te zijn?") gets its own answer instead. The actions that answer such a question then end
with one line that names 113 and 112 again (actions/safety_net.py), for the person themselves.
"""

import re

# How many user turns after a crisis answer count as "right after" it.
FOLLOWUP_TURNS = 3

# Questions about leave, hours, pay or work: answered, not met with the crisis follow-up.
# Held-out rounds 19-22 asked these after a crisis answer and expected the answer ("ok. en dat
# zorgverlof?", "wordt dat betaald?", "ik moet morgen werken maar ik wil bij haar blijven").
# A question about the bedrijfsarts stays a reply: the follow-up names the open consultation.
PRACTICAL_QUESTION = re.compile(
    # "hij woont 2 uur rijden verderop" is distance, not working hours.
    r"verlof|\bvrij (?:krijgen|nemen|vragen)|calamiteit|\bcao\b|regeling|\buren\b"
    r"|\d+ uur\b(?! (?:rijden|reizen|verderop|weg|met de))"
    r"|aanvra|\bvraag\w* (?:\w+ ){0,3}aan\b"  # "hoe vraagt ze dat aan?"
    # "wordt dat doorbetaald?", "mag ik het weigeren?", "mag ik nu gewoon naar huis?"
    r"|doorbeta|\bbetaald\b|\bloon\b|\bweiger"
    r"|\bnaar huis\b|\b(?:mag|kan) ik (?:nu )?(?:\w+ )?weg\b|\b(?:vertellen|zeggen) waarom\b"
    # "ik moet morgen werken maar ik wil bij haar blijven"; "de werkdruk is echt te hoog".
    r"|\b(?:moet|moeten) (?:\w+ ){0,2}werken\b|\bwerkdruk\b"
    # "moet mijn werkgever daar niet iets aan doen?"
    r"|\b(?:werkgever|baas|leidinggevende)\b (?:\w+ ){0,3}(?:iets|wat) (?:aan|mee) (?:doen|moeten)\b",
    re.I,
)
