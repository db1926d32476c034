# Every target calls one small script in scripts/; see README.md.
.PHONY: setup contract check-contract generate check-generated lint mock test test-deep bench demo

# Fresh clone: the first target that needs the toolchain installs it.
BOOTSTRAPPED := .venv/.bootstrapped
$(BOOTSTRAPPED): pyproject.toml package.json package-lock.json
	scripts/bootstrap

setup:
	scripts/bootstrap

contract: $(BOOTSTRAPPED)
	scripts/contract $(FACTS)

check-contract: $(BOOTSTRAPPED)
	scripts/check-contract $(FACTS)

generate: $(BOOTSTRAPPED)
	scripts/generate

check-generated: $(BOOTSTRAPPED)
	scripts/check-generated

lint: $(BOOTSTRAPPED)
	scripts/lint

mock: $(BOOTSTRAPPED)
	scripts/mock

test: lint check-generated
	scripts/check-contract --if-facts $(FACTS)
	scripts/test

test-deep: $(BOOTSTRAPPED)
	scripts/test-deep

bench: $(BOOTSTRAPPED)
	scripts/bench

demo: $(BOOTSTRAPPED)
	scripts/demo
