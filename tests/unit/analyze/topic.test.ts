/**
 * The topic taken from real teachers' titles (all from the labelled assignment corpus in
 * tests/fixtures/assignments/, whose README gives each one's source). The topic goes into every
 * suggestion and into question 1's search design ("site:ir <topic>"), so furniture left in it
 * (a course code, a grade, "Instructions") makes a search nobody could use, and furniture that
 * eats into the subject ("CS3263" → "CS", "Instructions" → "structions") is worse.
 */
import { describe, expect, it } from 'vitest';
import { topicFromTitle } from '../../../lib/analyze/index.ts';

describe('topicFromTitle on real titles', () => {
  it.each([
    // A kind of work before a colon or dash: the subject is after it.
    ['Spring Break Science Project: Sea Turtles', 'Sea Turtles'],
    ['Art Project: Self-Portrait', 'Self-Portrait'],
    ['Proyecto colaborativo: diseño urbano', 'diseño urbano'],
    ['Geography Homework #1: Create your own country', 'Create your own country'],
    ['7th Grade Math Real World Project: Monthly Budgeting', 'Monthly Budgeting'],
    ['5th Grade Reading - The Little Prince homework', 'The Little Prince'],
    // Numbering, course codes, grades and terms are no topic; "Instructions" must not lose its "In".
    ['Final Paper Assignment Instructions (Music 103 – Understanding and Enjoying Music)', 'Understanding and Enjoying Music'],
    ['CHLD 351: Observation Assignment', 'Observation'],
    ['CS3263 Assignment 1', ''],
    ['PHYS 1210-02: Engineering Physics I', 'Engineering Physics I'],
    ['FOR 365: Ecological Footprint Paper Instructions', 'Ecological Footprint'],
    ['Assignments (21M.250 Beethoven to Mahler, Spring 2014)', 'Beethoven to Mahler'],
    ['9th Grade Health PSA Video Project', 'Health PSA Video'],
    ['8th Grade Civil War Project', 'Civil War'],
    ['Trabajo sobre biodiversidad (1º ESO)', 'biodiversidad'],
    ['Mapa físico del mundo en 3D (1º ESO)', 'Mapa físico del mundo en 3D'],
    ['2025. 6° grado: Dictaduras y democracias', 'Dictaduras y democracias'],
    ['Homework Assignments for the Week of January 4, 2016', ''],
    ['Class 5-406 homework, week of 06/06/2016', ''],
    ['7-8 Life Science 2025-2026, Mondays, 1:00-3:00 pm', 'Life Science'],
    // What brackets hold is the topic when nothing outside them is.
    ['Tarea 1 (Análisis de datos ambientales)', 'Análisis de datos ambientales'],
    ['Laboratorio 1 (Programación Avanzada 2021)', 'Programación Avanzada'],
    ['Primer trabajo individual (Estadística descriptiva y análisis exploratorio de datos)', 'Estadística descriptiva y análisis exploratorio de datos'],
    ['Guía de actividades y rúbrica de evaluación – Tarea 3: Evaluación final (Comunicación escrita, UNAD)', 'Comunicación escrita'],
    ["Le Châtelier's Principle (general chemistry lab)", "Le Châtelier's Principle"],
    ['División celular (mitosis y meiosis) con realidad aumentada', 'División celular con realidad aumentada'],
    // The teacher's name and the school are no topic.
    ["Lab Write-up (Mr. González' 6th Grade Class)", ''],
    ['Herbert Elementary - Health and the Human Body Webquest', 'Health and the Human Body'],
    ['GUÍA: ¿CÓMO ELABORAR EL PROYECTO DE EDUCACIÓN CÍVICA? PROFESOR: DANIEL VADO MONTIEL', '¿CÓMO ELABORAR EL PROYECTO DE EDUCACIÓN CÍVICA?'],
    // Words inside words stay: "Postlab", "Unessay"; a kind after a preposition is the subject's.
    ['Module 1 Week 2 Postlab', 'Postlab'],
    ['Unessay', 'Unessay'],
    ['Guía para la elaboración de bitácoras de tareas y prácticas de laboratorio', 'elaboración de bitácoras de tareas y prácticas de laboratorio'],
    ['Homework 0: Turning in assignments', 'Turning in assignments'],
    ['Assignment 2: Policy memo (1000 words)', 'Policy memo'],
    ['Proyecto "Conocemos nuestro entorno a través del ABP"', 'Conocemos nuestro entorno a través del ABP'],
    ['TRABAJO FINAL DE LA ASIGNATURA "HISTORIA CONTEMPORÁNEA" (4º ESO 24/25)', 'HISTORIA CONTEMPORÁNEA'],
    // Nothing but furniture, or only a school subject when nothing better is there.
    ['Tarea para el hogar', ''],
    ['TAREAS PARA CASA', ''],
    ['Instrucciones de la tarea:', ''],
    ['Discussion Forum Assignments Directions (300 points /50 pOINTs each)', ''],
    ['Extra Credit Assignments (POS-2020)', ''],
    ['Eighth Grade Science Assignments', 'Science'],
    ['Trabajos (Estadística, UNAC)', 'Estadística'],
    ['Information Literacy Country Project: Research', 'Information Literacy Country'],
    // A genre, a log or a report on something still to be chosen names no topic.
    ['Reflective Paper', ''],
    ['Reading Log', ''],
    ['Monthly Book Report', ''],
    ['Country Project', ''],
    ['Report on a country', ''],
    ['Book report (4th grade class page)', ''],
    ['Famous Revolutionary Americans Research Project', 'Famous Revolutionary Americans'],
    // Questions keep their opening mark.
    ['¿Qué es una reseña literaria?', '¿Qué es una reseña literaria?'],
    ['Ficha 5: ¿Cómo aplicamos los porcentajes en la vida cotidiana?', '¿Cómo aplicamos los porcentajes en la vida cotidiana?'],
  ])('%j → %j', (title, topic) => {
    expect(topicFromTitle(title)).toBe(topic);
  });

  it('keeps what is not furniture: May, Due Process, COVID-19, Apollo 11', () => {
    expect(topicFromTitle('Proyecto final - La Revolución de Mayo')).toBe('La Revolución de Mayo');
    expect(topicFromTitle('Due Process Essay')).toBe('Due Process');
    expect(topicFromTitle('COVID-19 Project')).toBe('COVID-19');
    expect(topicFromTitle('Apollo 11 Report')).toBe('Apollo 11');
  });

  it('takes genres, journals and document-based questions away, and keeps a book named by a year', () => {
    expect(topicFromTitle('Persuasive Essay')).toBe('');
    expect(topicFromTitle('Argumentative Essay: School Uniforms')).toBe('School Uniforms');
    expect(topicFromTitle('Ensayo argumentativo sobre el cambio climático')).toBe('cambio climático');
    expect(topicFromTitle('Civil War DBQ')).toBe('Civil War');
    expect(topicFromTitle('Frankenstein Reading Journal')).toBe('Frankenstein');
    expect(topicFromTitle('WWII Research Project')).toBe('WWII');
    expect(topicFromTitle('1984 Essay')).toBe('1984');
    expect(topicFromTitle('Essay: 1776')).toBe('1776');
    // A recent year alone is a date, not a subject.
    expect(topicFromTitle('Essay 2024')).toBe('');
  });

  it('stays fast on a long, bracket-heavy title', () => {
    const title = `${'(Unit 1: Essay – '.repeat(40)}${'x'.repeat(5000)}`;
    const t0 = performance.now();
    for (let i = 0; i < 200; i++) topicFromTitle(title);
    // 200 titles: the analyzer's own budget is far larger; this catches a backtracking blow-up.
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});
