// The Class screen: start a class (instructor) or join one with its code or link (student), and each class
// this device teaches or takes part in. Classes work with personal sync off: they talk to the same server.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { classKey, listClasses, saveClass } from '../../db/classes';
import { db } from '../../db/instance';
import { useLive } from '../../state/use-live';
import { joinClass, startClass } from '../../sync/class-api';
import { startClassAutoSync, classSyncNow } from '../../sync/class-auto';
import { syncNow } from '../../sync/auto';
import { SharingConsent } from './consent';
import { InstructorPanel } from './instructor-panel';
import { StudentPanel } from './student-panel';
import './class.css';

/** The code a join link carries (`/class#join=…`), or ''. */
function codeFromLink(): string {
  return /(?:^#|&)join=([a-zA-Z -]+)/.exec(decodeURIComponent(location.hash))?.[1] ?? '';
}

const base = { server: '', deckCursor: '0:0', deckIds: [] as string[], summaryAt: 0, problem: '' };

function JoinForm() {
  const [code, setCode] = useState(codeFromLink);
  const [name, setName] = useState('');
  const [share, setShare] = useState(false);
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);
  const join = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setProblem('');
    try {
      const joined = await joinClass('', code.trim(), name.trim(), share);
      await saveClass(db, {
        ...base,
        key: classKey('student', joined.classId),
        role: 'student',
        classId: joined.classId,
        name: joined.className,
        token: joined.token,
        joinCode: null,
        displayName: name.trim(),
        sharing: share,
        summaryDue: share ? 1 : 0,
        joinedAt: Date.now(),
      });
      setCode('');
      if (location.hash) history.replaceState(null, '', location.pathname);
      startClassAutoSync();
      void classSyncNow().catch(() => undefined);
    } catch (err) {
      setProblem((err as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form class="panel" onSubmit={(e) => void join(e)} aria-labelledby="join-title">
      <h2 id="join-title">Join a class</h2>
      <label>
        Join code
        <input
          value={code}
          onInput={(e) => setCode(e.currentTarget.value)}
          autocomplete="off"
          autocapitalize="none"
          spellcheck={false}
          required
          maxLength={200}
        />
      </label>
      <label>
        Your name, as your instructor will see it
        <input value={name} onInput={(e) => setName(e.currentTarget.value)} required maxLength={40} />
      </label>
      <SharingConsent id="join-consent" />
      <label class="radio">
        <input type="checkbox" checked={share} onChange={(e) => setShare(e.currentTarget.checked)} aria-describedby="join-consent" />I agree
        to share my progress as described above (you can change this later)
      </label>
      <button type="submit" disabled={busy}>
        Join class
      </button>
      <p role="alert" class="class-problem">
        {problem}
      </p>
    </form>
  );
}

function StartForm() {
  const [name, setName] = useState('');
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);
  const start = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setProblem('');
    try {
      const started = await startClass('', name.trim());
      await saveClass(db, {
        ...base,
        key: classKey('instructor', started.classId),
        role: 'instructor',
        classId: started.classId,
        name: started.name,
        token: started.token,
        joinCode: started.joinCode,
        displayName: null,
        sharing: false,
        summaryDue: 0,
        joinedAt: Date.now(),
      });
      setName('');
      // With personal sync on, the class goes to this person's paired devices now (a no-op when it is off).
      void syncNow();
    } catch (err) {
      setProblem((err as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form class="panel" onSubmit={(e) => void start(e)} aria-labelledby="start-title">
      <h2 id="start-title">Start a class</h2>
      <p class="muted">For instructors: publish decks to your students and see, for those who share, where the class is weak.</p>
      <label>
        Class name
        <input value={name} onInput={(e) => setName(e.currentTarget.value)} required maxLength={80} />
      </label>
      <button type="submit" disabled={busy}>
        Start class
      </button>
      <p role="alert" class="class-problem">
        {problem}
      </p>
    </form>
  );
}

/** A form folded behind a control once this device is in a class, so the screen leads with the class. */
function Another({ label, open, children }: { label: string; open: boolean; children: ComponentChildren }) {
  return (
    <details class="another" open={open}>
      <summary>{label}</summary>
      {children}
    </details>
  );
}

/** The Class screen: the classes this device is in first; joining or starting another folds away once there is one. */
export function ClassScreen() {
  const classes = useLive(() => listClasses(db), []);
  if (!classes)
    return (
      <main id="main" class="class-screen">
        <h1>Class</h1>
      </main>
    );
  const inAClass = classes.length > 0;
  return (
    <main id="main" class="class-screen">
      <h1>Class</h1>
      {classes.map((row) =>
        row.role === 'instructor' ? <InstructorPanel key={row.key} row={row} /> : <StudentPanel key={row.key} row={row} />,
      )}
      {inAClass ? (
        <>
          {/* A join link opened here unfolds the join form. */}
          <Another label="Join another class" open={codeFromLink() !== ''}>
            <JoinForm />
          </Another>
          <Another label="Start another class" open={false}>
            <StartForm />
          </Another>
        </>
      ) : (
        <>
          <JoinForm />
          <StartForm />
        </>
      )}
    </main>
  );
}
