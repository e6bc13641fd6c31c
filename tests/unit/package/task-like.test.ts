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

  it('needs more than a title: a task title with no text is not enough', () => {
    expect(readsAsTask('Homework', 'See handout.')).toBe(false);
  });

  it('says why, so a coach can see what the decision rested on', () => {
    const s = taskSignals('Essay', 'Write a 600 word essay. Submit it by Friday.');
    expect(s.isTask).toBe(true);
    expect(s.reasons).toEqual(expect.arrayContaining(['asks students to submit', 'the title names a task', 'sets a length']));
  });
});
