package dev.sfntest.internal.tasks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.internal.engine.ItemSource;
import dev.sfntest.internal.expr.Json;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a distributed Map's items from the fake's {@link ObjectStore}, as the ItemReader reads them
 * from Amazon S3: {@code s3:getObject} with InputType JSON, JSONL, CSV (headers from the first row
 * or given) or MANIFEST (an S3 inventory), and {@code s3:listObjectsV2}.
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/input-output-itemreader.html">ItemReader</a>
 */
public final class S3ItemReader implements ItemSource {

  private final ObjectStore s3;

  public S3ItemReader(ObjectStore s3) {
    this.s3 = s3;
  }

  @Override
  public JsonNode read(String resource, JsonNode parameters, JsonNode readerConfig) {
    String action = resource.substring(resource.lastIndexOf(':') + 1);
    String bucket = parameters.path("Bucket").asText(null);
    if (bucket == null) {
      throw new ItemReaderException("The ItemReader parameters must name a Bucket");
    }
    if (action.equals("listObjectsV2")) {
      return list(bucket, parameters.path("Prefix").asText(""));
    }
    if (!action.equals("getObject")) {
      throw new ItemReaderException("The ItemReader resource " + resource + " is not supported by the fake "
          + "(supported: arn:aws:states:::s3:getObject, arn:aws:states:::s3:listObjectsV2)");
    }
    String key = parameters.path("Key").asText(null);
    String body = object(bucket, key);
    String inputType = readerConfig == null ? "JSON" : readerConfig.path("InputType").asText("JSON");
    return switch (inputType) {
      case "JSON" -> json(body);
      case "JSONL" -> jsonLines(body);
      case "CSV" -> csv(body, readerConfig);
      case "MANIFEST" -> manifest(body);
      default -> throw new ItemReaderException("The ReaderConfig InputType " + inputType + " is not supported by the fake");
    };
  }

  private String object(String bucket, String key) {
    return s3.get(bucket, key).orElseThrow(() -> new ItemReaderException(
        "The specified key does not exist. (Service: S3, Status Code: 404, Request ID: "
            + Integer.toHexString((bucket + key).hashCode()).toUpperCase() + ")"));
  }

  private static JsonNode json(String body) {
    JsonNode items;
    try {
      items = Json.parse(body);
    } catch (JsonProcessingException e) {
      throw new ItemReaderException("The JSON object could not be parsed: " + e.getOriginalMessage());
    }
    if (!items.isArray()) {
      throw new ItemReaderException("Attempting to map over non-iterable node.");
    }
    return items;
  }

  private static JsonNode jsonLines(String body) {
    ArrayNode items = Json.array();
    for (String line : body.split("\r?\n")) {
      if (line.isBlank()) {
        continue;
      }
      try {
        items.add(Json.parse(line));
      } catch (JsonProcessingException e) {
        throw new ItemReaderException("A JSON line could not be parsed: " + e.getOriginalMessage());
      }
    }
    return items;
  }

  private static JsonNode csv(String body, JsonNode config) {
    char delimiter = switch (config.path("CSVDelimiter").asText("COMMA")) {
      case "PIPE" -> '|';
      case "SEMICOLON" -> ';';
      case "SPACE" -> ' ';
      case "TAB" -> '\t';
      default -> ',';
    };
    List<List<String>> rows = CsvRows.parse(body, delimiter);
    List<String> headers;
    int first;
    if ("GIVEN".equals(config.path("CSVHeaderLocation").asText("FIRST_ROW"))) {
      headers = new ArrayList<>();
      config.path("CSVHeaders").forEach(h -> headers.add(h.asText()));
      first = 0;
    } else {
      headers = rows.isEmpty() ? List.of() : rows.get(0);
      first = 1;
    }
    Set<String> unique = new HashSet<>(headers);
    if (unique.size() != headers.size()) {
      throw new ItemReaderException("CSV headers cannot contain duplicates.");
    }
    ArrayNode items = Json.array();
    for (int r = first; r < rows.size(); r++) {
      List<String> row = rows.get(r);
      ObjectNode item = Json.object();
      // Every field is a string; missing fields are empty and extra ones are dropped (recorded).
      for (int h = 0; h < headers.size(); h++) {
        item.put(headers.get(h), h < row.size() ? row.get(h) : "");
      }
      items.add(item);
    }
    return items;
  }

  private JsonNode manifest(String body) {
    JsonNode manifest = json("[" + body + "]").get(0);
    String bucket = manifest.path("sourceBucket").asText();
    String destination = manifest.path("destinationBucket").asText();
    String destinationBucket = destination.substring(destination.lastIndexOf(':') + 1);
    String[] schema = manifest.path("fileSchema").asText("Bucket, Key").split("\\s*,\\s*");
    ArrayNode items = Json.array();
    for (JsonNode file : manifest.path("files")) {
      String text = object(destinationBucket, file.path("key").asText());
      for (List<String> row : CsvRows.parse(text, ',')) {
        ObjectNode item = Json.object();
        for (int i = 0; i < schema.length && i < row.size(); i++) {
          item.put(schema[i], row.get(i));
        }
        if (!item.has("Bucket")) {
          item.put("Bucket", bucket);
        }
        items.add(item);
      }
    }
    return items;
  }

  private JsonNode list(String bucket, String prefix) {
    ArrayNode items = Json.array();
    for (ObjectStore.StoredObject object : s3.list(bucket, prefix)) {
      ObjectNode item = Json.object();
      item.put("Etag", object.etag());
      item.put("Key", object.key());
      item.put("LastModified", object.lastModified().toString());
      item.put("Size", object.size());
      item.put("StorageClass", "STANDARD");
      items.add(item);
    }
    return items;
  }
}
