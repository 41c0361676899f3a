package decks

import (
	"bytes"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// TopicPast is the topic of cards about past experiences. Some people find
// that such questions come up too suddenly, so a setting leaves these cards
// out with WithoutTopic.
const TopicPast = "past-experiences"

var topicSet = func() map[string]bool {
	m := make(map[string]bool, len(Topics))
	for _, t := range Topics {
		m[t] = true
	}
	return m
}()

// HasTopic reports whether the card carries topic.
func (c *Card) HasTopic(topic string) bool { return slices.Contains(c.Topics, topic) }

// WithoutTopic returns the cards that do not carry topic, in the same order,
// in a new slice: the setting that leaves out cards about the past uses it
// before the pile is dealt.
func WithoutTopic(cards []*Card, topic string) []*Card {
	out := make([]*Card, 0, len(cards))
	for _, c := range cards {
		if !c.HasTopic(topic) {
			out = append(out, c)
		}
	}
	return out
}

// Opener returns the card that describes the idea a curious deck is about,
// or nil. Every other card of such a deck reacts to that idea, so the pile
// deals the opener first whatever the order. It is the deck's first card in
// file order, when the deck's moment is curious and that card is spoken by
// the one who raised the idea (role raiser).
func (d *Deck) Opener() *Card {
	if d.Moment != Curious || len(d.Cards) == 0 || d.Cards[0].Role != RoleRaiser {
		return nil
	}
	return d.Cards[0]
}

// CheckRoles returns the problems with who answers a deck's cards: the
// roles raiser and listener only make sense where an idea is raised (a deck
// of moment curious), and there the card that describes the idea must come
// first, at depth 1, for the one who raised it. Parse applies it to every
// deck that states its moment; tests apply it to the built-in decks.
func CheckRoles(d *Deck) Problems {
	var ps Problems
	usesIdea := false
	for _, c := range d.Cards {
		if c.Role != RoleRaiser && c.Role != RoleListener {
			continue
		}
		usesIdea = true
		if d.Moment != Curious {
			at := c.at("id")
			if c.stated.role {
				at = c.at("role")
			}
			ps = append(ps, Problem{d.Path, at.line, at.col, fmt.Sprintf(
				"role %q only fits a deck where an idea is raised (moment = \"curious\"); use \"either\" or \"both\" here", c.Role)})
		}
	}
	if usesIdea && d.Moment == Curious {
		if first := d.Cards[0]; first.Role != RoleRaiser || first.Depth != Gentle {
			at := first.at("id")
			ps = append(ps, Problem{d.Path, at.line, at.col,
				"the first card of a curious deck describes the idea, so the other cards can react to it: give it role = \"raiser\" and depth = 1"})
		}
	}
	return ps
}

// role reads a card's role, and the older `both = true`, which means role
// "both". Both may be written if they agree.
func (p *parser) role(c *Card, raw map[string]any, table table) {
	if v, ok := raw["both"]; ok {
		if b, isBool := v.(bool); isBool {
			c.stated.both, c.stated.bothValue = true, b
			if b {
				c.Role = RoleBoth
			}
		} else {
			p.add(table.at("both"), "both must be true or false, not %s", TypeName(v))
		}
	}
	if v, ok := raw["role"]; ok {
		s, isText := v.(string)
		switch {
		case !isText:
			p.add(table.at("role"), "role must be text in quotes, not %s; use one of %s", TypeName(v), quoteAll(Roles))
		case !slices.Contains(Roles, Role(s)):
			msg := fmt.Sprintf("unknown role %q", s)
			if sug := suggest(s, roleNames); sug != "" {
				msg += fmt.Sprintf("; did you mean %q?", sug)
			} else {
				msg += "; use one of " + quoteAll(Roles)
			}
			p.add(p.inValue(table.at("role"), s, 0), "%s", msg)
		default:
			c.stated.role = true
			if c.stated.both && c.stated.bothValue != (Role(s) == RoleBoth) {
				p.add(table.at("role"), "role = %q and both = %v disagree; keep only the role (both = true is the older way to write role = \"both\")", s, c.stated.bothValue)
			}
			c.Role = Role(s)
		}
	}
	c.Both = c.Role == RoleBoth
}

var roleNames = func() []string {
	out := make([]string, len(Roles))
	for i, r := range Roles {
		out[i] = string(r)
	}
	return out
}()

// topics reads a card's list of topics, each from the closed list Topics.
func (p *parser) topics(c *Card, raw map[string]any, table table) {
	v, ok := raw["topics"]
	if !ok {
		return
	}
	list, ok := v.([]any)
	if !ok {
		p.add(table.at("topics"), "topics must be a list in brackets, like topics = [\"consent\", \"pace\"], not %s", TypeName(v))
		return
	}
	c.stated.topics = true
	c.Topics = make([]string, 0, len(list))
	for i, item := range list {
		s, ok := item.(string)
		switch {
		case !ok:
			p.add(table.at("topics"), "topics must be texts in quotes, not %s", TypeName(item))
		case !topicSet[s]:
			msg := fmt.Sprintf("unknown topic %q", s)
			if sug := suggest(s, Topics); sug != "" {
				msg += fmt.Sprintf("; did you mean %q?", sug)
			} else {
				msg += "; the topics are " + strings.Join(Topics, ", ")
			}
			p.add(p.inValue(table.at("topics"), s, 0), "%s", msg)
		case slices.Contains(c.Topics, s):
			// Point at the repeat, not at the first one.
			nth := 0
			for _, earlier := range list[:i] {
				if earlier == item {
					nth++
				}
			}
			p.add(p.inValue(table.at("topics"), s, nth), "topic %q is listed twice", s)
		default:
			c.Topics = append(c.Topics, s)
		}
	}
}

// suggest returns the known word a mistyped one most likely meant: within a
// few edits (more for longer words), or one that contains it or is
// contained in it ("stop" for "stop-signals").
func suggest(word string, known []string) string {
	best, bestDist := "", max(3, len(word)/3+1)
	for _, k := range known {
		if d := EditDistance(word, k); d < bestDist {
			best, bestDist = k, d
		}
	}
	if best != "" || len(word) < 4 {
		return best
	}
	for _, k := range known {
		if len(k) >= 4 && (strings.Contains(k, word) || strings.Contains(word, k)) {
			return k
		}
	}
	return ""
}

// inValue finds where text is written as a quoted string in the value of
// the key at position at (skipping nth earlier copies), so a message about
// one item of a list points at that item. It falls back to the key's
// position.
func (p *parser) inValue(at position, text string, nth int) position {
	start := p.offset(at)
	if start < 0 {
		return at
	}
	rest := p.src[start:]
	if end := bytes.IndexByte(rest, ']'); end >= 0 {
		rest = rest[:end]
	} else if end := bytes.IndexByte(rest, '\n'); end >= 0 {
		rest = rest[:end]
	}
	for _, q := range []string{strconv.Quote(text), "'" + text + "'"} {
		skipped := 0
		for i := 0; ; {
			j := bytes.Index(rest[i:], []byte(q))
			if j < 0 {
				break
			}
			if skipped == nth {
				return p.positionOf(start + i + j)
			}
			skipped++
			i += j + len(q)
		}
	}
	return at
}

// offset returns the byte offset of a position, or -1.
func (p *parser) offset(at position) int {
	if p.lines == nil {
		p.lines = []int{0}
		for i, b := range p.src {
			if b == '\n' {
				p.lines = append(p.lines, i+1)
			}
		}
	}
	if at.line < 1 || at.line > len(p.lines) {
		return -1
	}
	return p.lines[at.line-1] + at.col - 1
}

// positionOf turns a byte offset back into a line and column.
func (p *parser) positionOf(off int) position {
	line, _ := slices.BinarySearch(p.lines, off+1)
	return position{line, off - p.lines[line-1] + 1}
}

// inheritFrom checks that a translated card does not contradict what it
// inherits from its English card (depth, role, topics), then takes them.
func (c *Card) inheritFrom(s *Card, path string) Problems {
	var ps Problems
	add := func(at position, format string, args ...any) {
		ps = append(ps, Problem{path, at.line, at.col, fmt.Sprintf(format, args...)})
	}
	st := c.stated
	if st.depth && c.Depth != s.Depth {
		add(c.at("depth"), "depth %d differs from the English card's depth %d; leave depth out, a translation takes it from the English card", c.Depth, s.Depth)
	}
	if st.role && c.Role != s.Role {
		add(c.at("role"), "role %q differs from the English card's role %q; leave role out, a translation takes it from the English card", c.Role, s.Role)
	}
	if st.both && st.bothValue != (s.Role == RoleBoth) {
		add(c.at("both"), "both = %v differs from the English card's role %q; leave both out, a translation takes it from the English card", st.bothValue, s.Role)
	}
	if st.topics && !sameSet(c.Topics, s.Topics) {
		add(c.at("topics"), "topics differ from the English card's topics [%s]; leave topics out, a translation takes them from the English card", strings.Join(s.Topics, ", "))
	}
	c.Depth, c.Role, c.Both, c.Topics = s.Depth, s.Role, s.Both, s.Topics
	return ps
}

func sameSet(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for _, x := range a {
		if !slices.Contains(b, x) {
			return false
		}
	}
	return true
}
