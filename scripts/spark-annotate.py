#!/usr/bin/env python3
"""Annotate a corpus with Byline on Spark executors and write JSONL partitions.

usage: spark-annotate.py INPUT OUTPUT [--input-format text|jsonl] [--partitions N]
                         [--byline PATH] [--ner-model PATH] [--master URL] [--conf KEY=VALUE]

INPUT is a directory of *.txt files (one document each), a text file, a JSONL corpus
({"id", "text"} a line) or a directory of *.jsonl files, on any file system Spark reads.
Documents get the ids `byline annotate INPUT --format jsonl` gives them: the path of a text
file (INPUT joined with its path below INPUT), the "id" of a JSONL line or `FILE#N` when it
has none. OUTPUT (which must not exist) receives part-NNNNN files that, concatenated, equal
that command's output; see docs/spark.md.

Each partition's documents are piped as JSON lines through
`byline annotate --input-format jsonl --format jsonl -`. The executable is `--byline PATH`,
else `byline` shipped with spark-submit's --files (next to `ner.model` if that was shipped
too) or --archives ARCHIVE#byline (a directory holding `byline` and its resource bundle),
else `byline` on the executor's PATH.

A bad input (an empty file, a NUL byte, invalid UTF-8, a JSONL line that is not a document)
is reported with its file, line and byte offset and skipped, as byline does; the rest is
written and the exit status is 1. If byline fails on a partition, its message is printed,
nothing is left in OUTPUT and the exit status is 1.
"""

import argparse
import itertools
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading

FAILURE_START, FAILURE_END = "[byline-failure]", "[/byline-failure]"


def main():
    options = parse_arguments()
    # Executors must run the driver's Python (the one with pyspark), not whatever python3 is first.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    from pyspark import StorageLevel
    from pyspark.sql import SparkSession
    from py4j.protocol import Py4JJavaError

    # No progress bar over the messages on standard error.
    builder = SparkSession.builder.appName("byline-annotate").config("spark.ui.showConsoleProgress", "false")
    if options.master:
        builder = builder.master(options.master)
    for setting in options.conf:
        key, _, value = setting.partition("=")
        builder = builder.config(key, value)
    spark = builder.getOrCreate()
    context = spark.sparkContext
    context.setLogLevel("ERROR")
    hadoop = HadoopFiles(context)
    try:
        root = hadoop.status(options.input)
        if root is None:
            return fail(f"{options.input}: no such file or directory")
        if hadoop.status(options.output) is not None:
            return fail(f"{options.output}: already exists; Spark writes a new directory")
        input_format = options.input_format or ("jsonl" if options.input.endswith(".jsonl") else "text")
        partitions = options.partitions or context.defaultParallelism
        errors = context.accumulator([], ListAccumulator())
        documents = read_documents(context, options.input, root, input_format, errors)
        # Kept because sortByKey reads its input twice (a sample for the ranges, then the sort).
        documents.persist(StorageLevel.MEMORY_AND_DISK)
        if documents.isEmpty():
            report(errors)
            return 1 if errors.value else fail(f"{options.input}: holds no *{extension(input_format)} files")
        command = byline_command(options)
        try:
            (documents.sortByKey(numPartitions=partitions).values()
             .mapPartitionsWithIndex(lambda index, lines: annotate_partition(index, lines, command))
             .saveAsTextFile(options.output))
        except Py4JJavaError as error:
            hadoop.delete(options.output)
            return fail(byline_failure(str(error.java_exception)) or str(error.java_exception))
        return 1 if report(errors) else 0
    finally:
        spark.stop()


def parse_arguments():
    parser = argparse.ArgumentParser(description="Annotate a corpus with Byline on Spark; write JSONL partitions.")
    parser.add_argument("input", metavar="INPUT", help="a directory of *.txt files, a text file, or JSONL")
    parser.add_argument("output", metavar="OUTPUT", help="the directory for the part-NNNNN files (must not exist)")
    parser.add_argument("--input-format", choices=["text", "jsonl"],
                        help="default: jsonl when INPUT ends with .jsonl, else text")
    parser.add_argument("--partitions", type=int, help="partitions to annotate (default: Spark's parallelism)")
    parser.add_argument("--byline", help="the byline executable, at this path on every executor")
    parser.add_argument("--ner-model", help="an entity model file, at this path on every executor")
    parser.add_argument("--master", help="Spark master URL (default: spark-submit's, local[*] without one)")
    parser.add_argument("--conf", action="append", default=[], metavar="KEY=VALUE", help="a Spark setting")
    options = parser.parse_args()
    if options.partitions is not None and options.partitions < 1:
        parser.error("--partitions must be at least 1")
    return options


def report(errors):
    """Prints each bad input once (a task run twice reports twice); returns how many there were."""
    bad_inputs = sorted(set(errors.value))
    for message in bad_inputs:
        print(f"spark-annotate: error: {message}", file=sys.stderr)
    return len(bad_inputs)


def extension(input_format):
    """What a directory is searched for, as byline searches it."""
    return ".jsonl" if input_format == "jsonl" else ".txt"


def fail(message):
    print(f"spark-annotate: error: {message}", file=sys.stderr)
    return 1


class HadoopFiles:
    """The input and output paths through Hadoop's FileSystem, so HDFS and S3 work like local paths."""

    def __init__(self, context):
        self.jvm = context._jvm
        self.configuration = context._jsc.hadoopConfiguration()
        # A directory's files below subdirectories too, as `byline annotate DIR` reads them.
        self.configuration.set("mapreduce.input.fileinputformat.input.dir.recursive", "true")

    def _path(self, name):
        path = self.jvm.org.apache.hadoop.fs.Path(name)
        return path, path.getFileSystem(self.configuration)

    def status(self, name):
        """None when the path does not exist, else (qualified name, is a directory)."""
        path, system = self._path(name)
        if not system.exists(path):
            return None
        return system.makeQualified(path).toString(), system.getFileStatus(path).isDirectory()

    def delete(self, name):
        path, system = self._path(name)
        system.delete(path, True)


def read_documents(context, input_path, root, input_format, errors):
    """(sort key, (id, JSON line for byline)) of every document, in an RDD; bad inputs go to `errors`."""
    qualified_root, is_directory = root
    wanted = extension(input_format)
    # `byline annotate DIR` names DIR/relative/path; a file argument is named as given.
    shown_root = input_path.rstrip("/") or "/"

    def shown_name(qualified):
        if not is_directory:
            return input_path
        return shown_root + "/" + qualified[len(qualified_root):].lstrip("/")

    def documents(file):
        qualified, data = file
        if is_directory and not qualified.lower().endswith(wanted):
            return []
        name = shown_name(qualified)
        try:
            text = decode(data, name)
            if input_format == "text":
                return [((name,), (name, json.dumps({"id": name, "text": text})))]
            return list(jsonl_documents(data, name))
        except BadInput as bad:
            errors.add([str(bad)])
            return []

    return context.binaryFiles(input_path).flatMap(documents)


class BadInput(Exception):
    """An input byline would refuse: the message names the file, line and byte offset."""


def decode(data, name):
    """The text of a file, checked as byline's SourceDecoder checks it."""
    if not data:
        raise BadInput(f"{name}: the file is empty")
    nul = data.find(b"\0")
    if nul >= 0:
        raise BadInput(f"{name}:{line_of(data, nul)} (byte {nul}): binary data (a NUL byte), not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise BadInput(f"{name}:{line_of(data, error.start)} (byte {error.start}): invalid UTF-8 "
                       f"(byte 0x{data[error.start]:02X}); convert the file to UTF-8") from None


def line_of(data, offset):
    """The 1-based line holding a byte offset; LF, CRLF and a lone CR each end a line."""
    before = data[:offset]
    return before.count(b"\n") + before.count(b"\r") - before.count(b"\r\n") + 1


LINE = re.compile(rb"[^\r\n]*(?:\r\n|\r|\n|$)")


def jsonl_documents(data, name):
    """((name, number), JSON line) for each document of a JSONL file; a bad line rejects the file,
    as it does in byline. A document without an id gets byline's `FILE#N`."""
    number, offset = 0, 0
    for line_number, match in enumerate(LINE.finditer(data), start=1):
        line = match.group().rstrip(b"\r\n")
        start, offset = offset, match.end()
        if not line.strip(b" \t"):
            if match.end() == len(data):
                break
            continue
        try:
            document = json.loads(line)
        except ValueError as error:
            raise BadInput(f"{name}:{line_number} (byte {start}): not valid JSON: {error}") from None
        if not isinstance(document, dict):
            raise BadInput(f"{name}:{line_number} (byte {start}): expected a JSON object (one document per line)")
        if not isinstance(document.get("text"), str):
            problem = "missing \"text\"" if "text" not in document else "\"text\" is not a string"
            raise BadInput(f"{name}:{line_number} (byte {start}): {problem}")
        number += 1
        if document.get("id") is None:
            document["id"] = f"{name}#{number}"
        elif not isinstance(document["id"], str):
            raise BadInput(f"{name}:{line_number} (byte {start}): \"id\" is not a string")
        # ASCII escapes: a lone surrogate in the input reaches byline as the same \uXXXX escape.
        yield (name, number), (document["id"], json.dumps(document))


class ListAccumulator:
    """Collects messages from the executors (an AccumulatorParam: zero and addInPlace)."""

    def zero(self, value):
        return []

    def addInPlace(self, left, right):
        left.extend(right)
        return left


def byline_command(options):
    """What each partition runs; resolved on the executor, where shipped files are."""
    return {"byline": options.byline, "ner_model": options.ner_model}


def resolve_executable(command):
    """The byline executable and its arguments on this executor."""
    from pyspark import SparkFiles

    model = command["ner_model"]
    executable = command["byline"]
    if executable is None:
        shipped = os.path.join(SparkFiles.getRootDirectory(), "byline")
        if os.path.isdir(shipped):  # --archives byline.tar.gz#byline: the binary and its bundle
            executable = os.path.join(shipped, "byline")
        elif os.path.isfile(shipped):  # --files: a lone binary, its model shipped beside it
            executable = shipped
            shipped_model = os.path.join(SparkFiles.getRootDirectory(), "ner.model")
            if model is None and os.path.isfile(shipped_model):
                model = shipped_model
        else:
            executable = shutil.which("byline")
            if executable is None:
                raise BylineFailure("no byline executable: pass --byline PATH, ship it with spark-submit "
                                    "--files or --archives ARCHIVE#byline, or install it on the PATH")
    arguments = [executable, "annotate", "--input-format", "jsonl", "--format", "jsonl"]
    if model is not None:
        arguments += ["--ner-model", model]
    return arguments + ["-"]


class BylineFailure(Exception):
    """byline could not annotate a partition; the message travels to the driver between markers."""

    def __init__(self, message):
        super().__init__(f"{FAILURE_START}{message}{FAILURE_END}")


def byline_failure(java_message):
    """The message of the first BylineFailure inside a Spark job failure, if there is one."""
    start = java_message.find(FAILURE_START)
    end = java_message.find(FAILURE_END, start)
    if start < 0 or end < 0:
        return None
    return java_message[start + len(FAILURE_START):end]


def annotate_partition(index, documents, command):
    """Pipes a partition's (id, JSON line) documents through byline and yields its output lines."""
    first = next(documents, None)
    if first is None:
        return  # byline refuses empty input; an empty partition has nothing to annotate
    arguments = resolve_executable(command)
    ids = []

    def feed(stdin):
        # Writes from a thread while the caller reads, so neither pipe fills up and blocks.
        try:
            for document_id, line in itertools.chain([first], documents):
                ids.append(document_id)
                stdin.write(line.encode("utf-8") + b"\n")
            stdin.close()
        except BrokenPipeError:
            pass  # byline stopped early; its exit status and message say why

    with tempfile.TemporaryFile() as errors:
        try:
            process = subprocess.Popen(arguments, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=errors)
        except OSError as error:
            raise BylineFailure(f"partition {index}: cannot run {arguments[0]}: {error.strerror}") from None
        writer = threading.Thread(target=feed, args=(process.stdin,), daemon=True)
        writer.start()
        finished = False
        try:
            for line in process.stdout:
                yield line.decode("utf-8").rstrip("\n")
            finished = True
        finally:
            if not finished:  # the task was stopped: do not wait for byline to finish its input
                process.kill()
            writer.join()
            status = process.wait()
        if status != 0:
            errors.seek(0)
            message = errors.read().decode("utf-8", "replace").strip()
            raise BylineFailure(f"byline exited with status {status} on partition {index}: "
                                + name_documents(message, ids))


def name_documents(message, ids):
    """byline names the partition's lines `stdin:N`; say which document each one is."""
    def document(match):
        number = int(match.group(1))
        return f"document {ids[number - 1]!r}" if 0 < number <= len(ids) else match.group()
    return re.sub(r"\bstdin:(\d+)(?: \(byte \d+\))?", document, message)


if __name__ == "__main__":
    sys.exit(main())
