import { describe, expect, it } from 'vitest';
import { readsAsTask, taskSignals } from '../../../lib/package/task-like.ts';

describe('readsAsTask: which pages of a course export are assignments', () => {
  it('accepts pages that set work for students (English)', () => {
    expect(readsAsTask('Week 2 Project Brief', 'Over the next two weeks you will produce a five-minute podcast.\nInterview a family member.\nSubmit the audio file by March 14.')).toBe(true);
    expect(readsAsTask('Silk Road trade map', 'Create an illustrated map that shows three goods and one idea that travelled along the Silk Road.\nUse at least two sources.\nUpload a photo of your map here. Due date: 21 March.')).toBe(true);
    expect(readsAsTask('Week 1 discussion', 'Why do you think ideas travelled more slowly than goods? Post your answer and reply to two classmates.')).toBe(true);
  });

  it('accepts Spanish tasks', () => {
    expect(readsAsTask('Tarea 3', 'En esta tarea vas a comparar dos libros de texto.\nEscribe un ensayo de 600 palabras.\nEntrega el ensayo antes del viernes.')).toBe(true);
    expect(readsAsTask('Foro', 'Publica tu respuesta y responde a dos compañeros antes del domingo. Explica por qué elegiste esa fuente.')).toBe(true);
  });

  it('rejects readings, resource lists and syllabi even when they mention due dates', () => {
    expect(readsAsTask('Reading: The Silk Road', 'The Silk Road was a network of trade routes that connected China with the Mediterranean world. Merchants carried silk, spices, paper and ideas along its routes.')).toBe(false);
    expect(readsAsTask('Course Resources', 'Here are links to the library databases, the writing center and our citation guide.\nJSTOR\nPurdue OWL')).toBe(false);
    expect(readsAsTask('Syllabus', 'All work is due on the dates shown. You will submit everything through Canvas. Late work loses 10% per day. The rubric for each project is posted with it.')).toBe(false);
    expect(readsAsTask('Class Forum', 'Use this forum to ask questions about the course.')).toBe(false);
  });

  it('rejects an open question-and-answer forum that invites students to post their questions', () => {
    // The forum every LINCS Moodle course opens with (LINCS/course-teal-formative-assessment,
    // activities/forum_1045/forum.xml), word for word.
    const intro =
      'Use this forum to create general discussion thread related to the course topic or to post your questions for the course facilitator that might also be of interest to others.\n' +
      'Click below on the name of a discussion thread to join a conversation already in progress or click "Add a new discussion topic" to begin conversation on a new subject.';
    expect(readsAsTask('General Discussion & Questions for the Facilitator', intro)).toBe(false);
    // A prompt that asks for a post still does.
    expect(readsAsTask('Week 1 discussion', 'Post your answer to the question below and reply to two classmates.')).toBe(true);
  });

  it('does not take a lesson or a course page for a task because it says "you will learn"', () => {
    // Real Canvas pages (decagondev/web-s10, rootalley/du-spcs-302-earth-and-its-processes).
    expect(readsAsTask('Objective 2 - Describe Reducer Functions', 'In this objective you will learn what a reducer is. You will see how it returns new state.\nUse the hook in a component.')).toBe(false);
    expect(readsAsTask('Technology Requirements', 'You will need a computer. Submit a ticket to the help desk if your browser is not supported. You will use Canvas.')).toBe(false);
    expect(readsAsTask('Course Home', 'Welcome! You will write three papers and post in eight discussions. Submit everything through Canvas.')).toBe(false);
  });

  it('beside real assignments, a page counts only when its title names a task and its words alone read as one', () => {
    const strict = { besideAssignments: true };
    const brief = 'Over the next two weeks you will produce a five-minute podcast.\nInterview a family member.\nSubmit the audio file by March 14.';
    expect(readsAsTask('Week 2 Project Brief', brief, strict)).toBe(true);
    expect(readsAsTask('Week 1 - Web & HTML Basics', 'Do:\nRead chapter 1.\nComplete the case study. You will submit it by Sunday; it is due at 11:59 PM.', strict)).toBe(false);
    expect(readsAsTask('Can I include a YouTube video in the project assignment?', 'Yes. You will submit a link; the rubric gives 5 points for media.', strict)).toBe(false);
    expect(readsAsTask('Week 4 Assignment FAQ', brief, strict)).toBe(false);
    expect(readsAsTask('Module 1 Guided Project', '← Back to Sprint Content\nUnit Videos\nGuided Project: Reducers\nStarter repo\nSolution repo', strict)).toBe(false);
    // The same page without assignments around it (Moodle, Blackboard) still needs only the words.
    expect(readsAsTask('Week 1 - Web & HTML Basics', 'Do:\nRead chapter 1.\nComplete the case study. You will submit it by Sunday; it is due at 11:59 PM.')).toBe(true);
  });

  it('beside real assignments, a page in the orientation module is not a task, whatever it says; the module alone does not decide elsewhere', () => {
    const brief = 'Over the next two weeks you will produce a five-minute podcast.\nInterview a family member.\nSubmit the audio file by March 14.';
    for (const module of ['Welcome and Start Here', 'Student Canvas Orientation', 'FAQ', 'Getting Started', 'Course Information', 'Bienvenida', 'Información general del curso']) {
      const s = taskSignals('Week 2 Project Brief', brief, { besideAssignments: true, module });
      expect([module, s.isTask]).toEqual([module, false]);
      expect(s.reasons).toContain('the page sits in the course’s orientation module');
    }
    for (const module of ['Week 2', 'Unit 3: How the cell works', 'Unidad 2: Cómo funciona la célula', 'Module 4 - Helping Verbs'])
      expect([module, readsAsTask('Week 2 Project Brief', brief, { besideAssignments: true, module })]).toEqual([module, true]);
    // Without assignments beside it (Moodle, Blackboard), a task page in "Start Here" is still a task.
    expect(readsAsTask('Week 2 Project Brief', brief, { module: 'Start Here' })).toBe(true);
  });

  it('does not read "submit" inside the code a page shows as a request to submit', () => {
    // decagondev/web-sprint1's guided walkthrough ("we will delve into…") shows a form's solution code.
    for (const code of ['<input type="submit" value="Go">', "form.submit();", "<button type='submit'>", 'onSubmit={handleSubmit}', 'btn-submit', '#submit'])
      expect([code, taskSignals('Guided Project', `In this guided project we build a form.\n${code}`).reasons]).not.toEqual([code, expect.arrayContaining(['asks students to submit'])]);
    expect(taskSignals('Lab', 'Submit your form to the class page. Upload the screenshot, then hand in the worksheet.').reasons).toContain('asks students to submit');
  });

  it('needs more than a title: a task title with no text is not enough', () => {
    expect(readsAsTask('Homework', 'See handout.')).toBe(false);
  });

  it('says why, so a coach can see what the decision rested on', () => {
    const s = taskSignals('Essay', 'Write a 600 word essay. Submit it by Friday.');
    expect(s.isTask).toBe(true);
    expect(s.reasons).toEqual(expect.arrayContaining(['asks students to submit', 'the title names a task', 'sets a length']));
  });
});
