// The tutorial's notes app, end to end: sign in, create, get, list, update, delete.
//
// Run: cogsh run scripts/examples/notes-crud.jsh --sandbox
// Against your stage, as a CI job would:
//   COGSH_USERNAME=you@example.com COGSH_PASSWORD=… cogsh run scripts/examples/notes-crud.jsh

// 1. Sign in as the configured user (COGSH_USERNAME and COGSH_PASSWORD; in the sandbox the demo user).
auth.login();
/whoami

// 2. Create a note. POST /notes answers with the stored note and its new id.
String content = param("CONTENT", "hello from cogsh run");
var created = expect(api.post("/notes", Map.of("content", content)))
    .status(200)
    .json("/content", content);
String noteId = created.text("/noteId");

// 3. Get it back by its id.
expect(api.get("/notes/" + noteId)).status(200).json("/noteId", noteId).json("/content", content);

// 4. List the notes: the new one is among them.
var notes = expect(api.get("/notes")).status(200).json();
check(notes.findValuesAsText("noteId").contains(noteId), "the list has the new note", noteId, notes);

// 5. Update it, and read the change back.
expect(api.put("/notes/" + noteId, Map.of("content", "edited"))).status(200).json("/status", true);
expect(api.get("/notes/" + noteId)).status(200).json("/content", "edited");

// 6. Delete it: afterwards the API answers 404.
expect(api.delete("/notes/" + noteId)).status(200);
expect(api.get("/notes/" + noteId)).status(404);
