package safety_test

import (
	"fmt"

	"github.com/candorbot/candor/bot/safety"
)

func ExampleClassifier_Classify() {
	c := safety.New()
	for _, msg := range []string{
		"this performance anxiety is killing me",
		"I don't want to live anymore",
		"How many mg of sildenafil should I take?",
		"how do I support a partner who was assaulted?",
	} {
		v := c.Classify(msg)
		fmt.Printf("%q -> action=%q category=%q rule=%q support=%v\n", msg, v.Action, v.Category, v.Rule, v.Support)
	}
	// Output:
	// "this performance anxiety is killing me" -> action="" category="" rule="" support=false
	// "I don't want to live anymore" -> action="crisis" category="suicide" rule="suicide/death-wish" support=false
	// "How many mg of sildenafil should I take?" -> action="refuse" category="clinical-advice" rule="clinical/dose-question" support=false
	// "how do I support a partner who was assaulted?" -> action="" category="sexual-violence" rule="support/third-person-sexual-violence" support=true
}
