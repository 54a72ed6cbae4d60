// Stats: mock interviews. A placeholder until mock interviews are stored; it shows nothing until then.
// Fill in here: the number of mocks done and coverage per mock over time (a LineChart with one series).

/** The mock interviews panel (empty until mocks exist). */
export function MockStats() {
  return null;
}
